package org.decompress.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.decompress.language.MessageFilesTest;
import org.junit.jupiter.api.Test;

/**
 * Which language a page speaks, without a browser: Accept-Language on a first visit, then the
 * {@code lang=} of the page's links, which the switch, the share link, "Change my answers" and every
 * check-in carry; {@code <html lang>} says it; the switch keeps the answers and the check-ins. The
 * languages are those of {@code messages/}: a language added as files does not change this test.
 */
@QuarkusTest
class LanguagePagesTest {

    static final String CHECK_IN = "ci=1.3.4.0.0.B.knees-to-chest::1:R";

    @Test
    void aFirstVisitFollowsAcceptLanguageAndSaysSo() throws IOException {
        List<String> unspoken = MessageFilesTest.unusedTags();
        String html = given().header("Accept-Language", "es-AR,es;q=0.9").get("/").then().statusCode(200)
                .header("Content-Language", "es").header("Vary", containsString("Accept-Language")).extract().asString();
        assertThat(html).contains("<html lang=\"es\">").contains("Ver mi plan").contains("<span lang=\"es\" aria-current=\"true\">Español</span>")
                .contains("name=\"lang\" value=\"en\" lang=\"en\" class=\"as-link\">English</button>");
        String unspokenOnly = unspoken.get(0) + ", " + unspoken.get(1) + ";q=0.5";
        assertThat(given().header("Accept-Language", unspokenOnly).get("/").then().statusCode(200).header("Content-Language", "en")
                .extract().asString()).contains("<html lang=\"en\">").contains("Show my plan");
    }

    @Test
    void theLanguageOfTheLinkWinsOverTheBrowsers() throws IOException {
        assertThat(given().header("Accept-Language", "es").get("/?lang=en").then().statusCode(200).extract().asString())
                .contains("<html lang=\"en\">");
        assertThat(given().get(Links.answered("/plan?painLevel=3&lang=es")).then().statusCode(200).header("Content-Language", "es").extract().asString())
                .contains("<html lang=\"es\">").contains("<h1>Su plan</h1>");
        String unspoken = Links.answered("/plan?painLevel=3&lang=" + MessageFilesTest.unusedTag());
        assertThat(given().header("Accept-Language", "es").get(unspoken).then().statusCode(200).extract().asString())
                .as("a language the service does not speak falls back to the browser's").contains("<html lang=\"es\">");
    }

    @Test
    void theSwitchOnTheQuestionnaireKeepsTheAnswersGivenSoFar() {
        String html = given().get("/?painLevel=4&conditions=KNEE&age=70&lang=es").then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"es\">")
                .contains("name=\"painLevel\" value=\"4\" checked")
                .contains("name=\"conditions\" value=\"KNEE\" checked")
                .contains("name=\"age\" min=\"1\" max=\"120\" inputmode=\"numeric\" value=\"70\"")
                .contains("formaction=\"/\" formnovalidate name=\"lang\" value=\"en\"")
                .as("the switch is a button of the form, so it sends what is ticked so far").contains("form=\"answers\"");
        assertThat(given().get("/?lang=es&painLevel=4&lang=en").then().statusCode(200).extract().asString())
                .as("the switch (in the header, so sent first) wins over the form's own hidden lang").contains("<html lang=\"es\">");
    }

    @Test
    void everyLinkOfAPlanCarriesItsLanguageAndTheSwitchKeepsAnswersAndCheckIns() {
        String html = given().get(Links.answered("/plan?painLevel=4&conditions=KNEE&" + CHECK_IN + "&lang=es")).then().statusCode(200).extract()
                .asString();
        String answers = "redFlags=NONE&amp;painLevel=4&amp;legSymptoms=NONE&amp;conditions=KNEE&amp;canGetOnFloor=true&amp;";
        assertThat(html)
                .contains("id=\"share-link\" href=\"/plan?" + answers + CHECK_IN + "&amp;lang=es\"")
                .contains("<a href=\"/?" + answers + CHECK_IN + "&amp;lang=es\">Cambiar mis respuestas</a>")
                .contains("<a href=\"/plan?" + answers + CHECK_IN + "&amp;lang=en\" hreflang=\"en\" lang=\"en\">English</a>")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"es\">")
                .containsPattern("src=\"/figures/[a-z-]+\\.svg\\?lang=es&amp;v=[0-9a-f]{12}\"")
                .contains("href=\"/manifest.webmanifest?lang=es\"");
        String next = given().redirects().follow(false)
                .get(Links.answered("/plan?painLevel=4&lang=es&nEx0=knees-to-chest::1&nRate0=JUST_RIGHT&nPain=3&nSessions=4&nWeek=1&nMorning=false&nLegs=false&nOverall=BETTER"))
                .then().statusCode(303).extract().header("Location");
        assertThat(next).as("the next plan after a check-in stays in its language").endsWith("&lang=es");
    }

    @Test
    void aMistakeIsNamedInTheLanguageOfThePage() {
        String html = given().get(Links.answered("/plan?painLevel=high&lang=es")).then().statusCode(400).header("Content-Language", "es").extract().asString();
        assertThat(html).contains("<html lang=\"es\">").contains("Revise esta respuesta");
    }

    @Test
    void theOfflinePageTheManifestAndThePicturesSpeakTheLanguageAskedFor() throws Exception {
        assertThat(given().get("/offline?lang=es").then().statusCode(200).header("Content-Language", "es").extract().asString())
                .contains("<html lang=\"es\">").contains("Está sin conexión");
        JsonNode manifest = new ObjectMapper().readTree(given().get("/manifest.webmanifest?lang=es").then().statusCode(200)
                .header("Content-Language", "es").extract().asString());
        assertThat(manifest.get("lang").asText()).isEqualTo("es");
        assertThat(manifest.get("start_url").asText()).isEqualTo("/?lang=es");
        assertThat(manifest.get("description").asText()).startsWith("Ejercicios seguros");
        String svg = given().get("/figures/chair-hover.svg?lang=es").then().statusCode(200).header("Content-Language", "es").extract().asString();
        assertThat(svg).contains(">Vista de frente</text>").contains("<title>Vista de frente: de pie entre dos sillas").doesNotContain("Seen from the front");
    }

    @Test
    void theServiceWorkerKeepsEveryListedLanguageForOfflineUseAndNoPseudoLanguage() throws IOException {
        String worker = given().get("/sw.js").then().statusCode(200).header("Cache-Control", "no-cache").extract().asString();
        String languages = MessageFilesTest.languagesInOrder().stream().map(tag -> "'" + tag + "'").collect(Collectors.joining(", "));
        assertThat(worker).containsPattern("var VERSION = '[0-9a-f]{12}';").as("every language of messages/")
                .contains("var LANGUAGES = [" + languages + "];")
                .containsPattern("'/static/app.css\\?v=[0-9a-f]{12}'").doesNotContain("en-XA");
    }
}
