package org.decompress.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/** The pages as HTML, without a browser: rendered from the one questionnaire, hardened, and strict about input. */
@QuarkusTest
class WebPagesTest {

    @Inject
    Questionnaire questionnaire;

    @Test
    void theFormShowsEveryQuestionAndOptionOfTheQuestionnaire() {
        String html = given().when().get("/").then().statusCode(200).contentType("text/html").extract().asString();

        for (Question q : questionnaire.questions()) {
            assertThat(html).contains(q.text().replace("'", "&#39;")).contains("id=\"q-" + q.id() + "\"");
            if (q.options() != null) {
                for (QuestionOption o : q.options()) {
                    assertThat(html).contains("name=\"" + q.id() + "\" value=\"" + o.value() + "\"");
                }
            }
        }
        assertThat(html).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void pagesSendNoReferrerAndAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/plan?painLevel=3", "/plan?painLevel=3&redFlags=FEVER_OR_UNWELL"}) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(response.getHeader("Set-Cookie")).isNull();
        }
        assertThat(given().when().get("/plan?painLevel=3").getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theShareLinkIsTheSameForTheSameAnswersInAnyOrder() {
        String one = shareLink("/plan?conditions=SHOULDER&painLevel=4&conditions=HYPERLORDOSIS&equipment=CHAIR");
        String two = shareLink("/plan?equipment=CHAIR&conditions=HYPERLORDOSIS&conditions=SHOULDER&conditions=SHOULDER&painLevel=4");

        assertThat(one).isEqualTo(two).isEqualTo("/plan?painLevel=4&amp;conditions=HYPERLORDOSIS&amp;conditions=SHOULDER&amp;equipment=CHAIR");
    }

    @Test
    void badAnswersInTheLinkComeBackAsTheFormWithTheProblemNamed() {
        given().when().get("/plan?painLevel=high&conditions=KNEE").then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("id=\"e-painLevel\""))
                .body(containsString("value=\"KNEE\" checked"));
        given().when().get("/plan?painLevel=4&conditions=BAD_BACK").then()
                .statusCode(400)
                .body(containsString("id=\"e-conditions\""))
                .body(not(containsString("BAD_BACK\" checked")));
        given().when().get("/plan?painLevel=4&favourite=blue").then()
                .statusCode(400)
                .body(containsString("is not a question of this form"));
        given().when().get("/plan?painLevel=4&painLevel=5").then()
                .statusCode(400)
                .body(containsString("is given more than once"));
        given().when().get("/plan?painLevel=14").then()
                .statusCode(400)
                .body(containsString("id=\"e-painLevel\""));
    }

    @Test
    void changeMyAnswersFillsTheFormIn() {
        String html = given().when().get("/?painLevel=7&conditions=KNEE&canGetOnFloor=false").then().statusCode(200).extract().asString();

        assertThat(html).contains("name=\"conditions\" value=\"KNEE\" checked")
                .contains("name=\"painLevel\" value=\"7\" checked")
                .contains("name=\"canGetOnFloor\" value=\"false\" checked");
    }

    private static String shareLink(String path) {
        String html = given().when().get(path).then().statusCode(200).extract().asString();
        int start = html.indexOf("id=\"share-link\" href=\"") + "id=\"share-link\" href=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }
}
