package org.decompress.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API answers in the language of Accept-Language, says which (Content-Language) and that
 * the answer depends on it (Vary); ids, codes and rule names are the same in every language; a
 * language the service does not speak (a tag messages/ has no files for) gets English.
 */
@QuarkusTest
class LanguageNegotiationTest {

    static final String ANSWERS = "{\"painLevel\":4,\"conditions\":[\"KNEE\",\"PREGNANCY\"],\"pregnancyWeeks\":26,\"painIntoLeg\":true,"
            + "\"equipment\":[\"CHAIR\",\"LUMBAR_BELT\"]}";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Accept-Language headers and the language each gets; the languages the service does not speak are tags messages/ has no files for. */
    static Stream<Arguments> acceptLanguages() throws IOException {
        List<String> unspoken = MessageFilesTest.unusedTags();
        String one = unspoken.get(0);
        String other = unspoken.get(1);
        return Stream.of(
                Arguments.of("es", "es"),
                Arguments.of("es-MX", "es"),
                Arguments.of("es-419,es;q=0.9,en;q=0.8", "es"),
                Arguments.of(one + "-FR, " + one + ";q=0.9, es;q=0.5", "es"),
                Arguments.of("en;q=0.3, es;q=0.9", "es"),
                Arguments.of("en-GB", "en"),
                Arguments.of(one, "en"),
                Arguments.of(other + "-DE, " + one + ";q=0.9", "en"),
                Arguments.of("*", "en"),
                Arguments.of("not a language tag!!", "en"),
                Arguments.of("en-XB", "en"));
    }

    @ParameterizedTest(name = "Accept-Language: {0} -> {1}")
    @MethodSource("acceptLanguages")
    void aPlanIsInTheBestLanguageTheServiceSpeaks(String acceptLanguage, String expected) {
        planIn(acceptLanguage).statusCode(200).header("Content-Language", expected).header("Vary", containsString("Accept-Language"));
    }

    @Test
    void withoutAcceptLanguageEverythingIsEnglish() {
        given().contentType("application/json").body(ANSWERS).post("/api/plans").then().statusCode(200)
                .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body("disclaimers[0]", startsWith("This is general information"));
        given().get("/api/questionnaire").then().statusCode(200).header("Content-Language", "en").body("groups[0].title", equalTo("Safety first"));
    }

    @Test
    void theSpanishPlanSaysEverythingInSpanishAndDecidesWhatTheEnglishDecides() throws Exception {
        JsonNode english = JSON.readTree(planIn("en").extract().asString());
        JsonNode spanish = JSON.readTree(planIn("es").header("Content-Language", "es").extract().asString());

        assertThat(PlanDecisions.of(spanish)).isEqualTo(PlanDecisions.of(english));
        assertThat(spanish.at("/exercises/0/id").asText()).isEqualTo(english.at("/exercises/0/id").asText());
        assertThat(spanish.at("/excluded/0/reasons/0/rule").asText()).as("rule names stay English")
                .isEqualTo(english.at("/excluded/0/reasons/0/rule").asText());
        assertThat(spanish.at("/disclaimers/0").asText()).startsWith("Esto es información general");
        assertThat(spanish.at("/warnings/0/text").asText()).contains("urgencias");
        assertThat(spanish.at("/exercises/0/name").asText()).isNotEqualTo(english.at("/exercises/0/name").asText());
        assertThat(spanish.at("/exercises/0/dose/holdSeconds").asInt()).isEqualTo(english.at("/exercises/0/dose/holdSeconds").asInt());
        assertThat(spanish.at("/source").asText()).contains("Spinal Decompression At Home").startsWith("Ejercicios adaptados");
    }

    @Test
    void theQuestionnaireAndTheExercisesFollowAcceptLanguage() throws IOException {
        given().header("Accept-Language", "es-ES").get("/api/questionnaire").then().statusCode(200)
                .header("Content-Language", "es").header("Vary", containsString("Accept-Language"))
                .body("groups[0].id", equalTo("safety"))
                .body("groups[0].title", equalTo("Primero, su seguridad"))
                .body("questions.find { it.id == 'conditions' }.options.find { it.value == 'KNEE' }.label", startsWith("Un problema de rodilla"))
                .body("questions.find { it.id == 'age' }.unit", equalTo("años"));
        given().header("Accept-Language", "es").get("/api/exercises").then().statusCode(200)
                .header("Content-Language", "es")
                .body("find { it.id == 'knees-to-chest' }.name", equalTo("Rodillas al pecho"))
                .body("find { it.id == 'knees-to-chest' }.traits.position", equalTo("LYING_ON_BACK"));
        given().header("Accept-Language", "es").get("/api/exercises/childs-pose").then().statusCode(200)
                .header("Content-Language", "es").body("name", equalTo("Postura del niño"));
        given().header("Accept-Language", MessageFilesTest.unusedTag()).get("/api/exercises/childs-pose").then().statusCode(200)
                .header("Content-Language", "en").body("name", equalTo("Child's pose"));
    }

    @Test
    void problemsAreInTheLanguageAskedFor() throws IOException {
        given().header("Accept-Language", "es").contentType("application/json").body("{\"painLevel\":11,\"age\":0}").post("/api/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "es").header("Vary", containsString("Accept-Language"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("painLevel", "age"))
                .body("title", equalTo("Solicitud no válida"));
        given().header("Accept-Language", "es").get("/api/exercises/moonwalk").then().statusCode(404)
                .header("Content-Language", "es").body("detail", containsString("moonwalk"));
        given().header("Accept-Language", MessageFilesTest.unusedTag()).contentType("application/json").body("{\"painLevel\":\"high\"}").post("/api/plans")
                .then().statusCode(400).header("Content-Language", "en").body("title", equalTo("Invalid request"));
    }

    private static ValidatableResponse planIn(String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage).contentType("application/json").body(ANSWERS).post("/api/plans").then();
    }
}
