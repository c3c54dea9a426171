package org.decompress.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.decompress.catalog.Exercise;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rules.Engine;
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

    /** The plan page (phone, desktop and print are one page) sums a form up in its own words: one knee, not both. */
    @Test
    void aFormIsSummedUpInItsOwnWordsInEveryLanguage() {
        for (String tag : new String[] {"en", "es"}) {
            Exercise knees = Engine.CATALOGS.in(Engine.LANGUAGES.find(tag).orElseThrow()).get("knees-to-chest");
            String html = given().when().get(Links.answered("/plan?painLevel=4&conditions=HERNIA_OR_ABDOMINAL_SURGERY&bendingForward=BETTER&lang=" + tag))
                    .then().statusCode(200).extract().asString();

            assertThat(html).as(tag).contains("<span class=\"variant\">(" + knees.variant("one-leg").orElseThrow().name() + ")</span>")
                    .contains("<p class=\"summary\">" + knees.summaryOf("one-leg") + "</p>")
                    .doesNotContain(knees.summary());
        }
    }

    @Test
    void followUpsSayWhenTheyApplyAndAreNeverPreAnswered() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();

        assertThat(html).contains("id=\"q-pregnancyWeeks\" aria-describedby=\"h-pregnancyWeeks\" data-asked-when=\"conditions=PREGNANCY\"")
                .contains("data-asked-when=\"conditions=HEART_DISEASE conditions=HIGH_BLOOD_PRESSURE conditions=DIZZINESS_OR_FAINTING\"")
                .containsPattern("<script src=\"/static/questionnaire.js\\?v=[0-9a-f]{12}\" defer></script>")
                .contains("type=\"number\" name=\"age\" min=\"1\" max=\"120\"");
        assertThat(html).doesNotContainPattern("name=\"bloodPressureControlled\" value=\"[A-Z]+\" checked")
                .doesNotContainPattern("name=\"doctorClearedExercise\" value=\"(true|false)\" checked");
    }

    @Test
    void theQuestionnairePreFillsNoSafetyAnswerAndOffersNoneOfTheseForTheLists() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();

        assertThat(html).doesNotContainPattern("name=\"legSymptoms\" value=\"[A-Z_]+\"( required)? checked")
                .doesNotContainPattern("name=\"canGetOnFloor\" value=\"(true|false)\"( required)? checked")
                .doesNotContain("value=\"NONE\" checked")
                .contains("name=\"redFlags\" value=\"NONE\"").contains("name=\"conditions\" value=\"NONE\"")
                .contains("<span>No</span>").contains("into both legs, and it is new or getting worse")
                .contains("into both legs, but it has been like this for a long time and is not changing")
                .doesNotContain("name=\"painIntoLeg\"");
    }

    @Test
    void aLinkWithoutTheSafetyAnswersAsksForEachOfThem() {
        String html = given().when().get("/plan?painLevel=4").then().statusCode(400).contentType("text/html").extract().asString();

        assertThat(html).contains("id=\"e-redFlags\"").contains("id=\"e-legSymptoms\"").contains("id=\"e-conditions\"")
                .contains("id=\"e-canGetOnFloor\"").contains("please tick the ones that apply, or &quot;None of these&quot;")
                .doesNotContain("Your plan");
    }

    @Test
    void noneOfTheseTogetherWithASignIsAskedAgain() {
        given().when().get("/plan?painLevel=4&redFlags=NONE&redFlags=FEVER_OR_UNWELL&conditions=NONE&legSymptoms=NONE&canGetOnFloor=true")
                .then().statusCode(400).body(containsString("id=\"e-redFlags\""))
                .body(containsString("together with another answer"));
    }

    @Test
    void anOldLinkWithPainIntoALegAsksTheLegQuestionInstead() {
        String html = given().when().get("/plan?painLevel=4&painIntoLeg=true&redFlags=NONE&conditions=NONE&canGetOnFloor=true")
                .then().statusCode(400).extract().asString();

        assertThat(html).contains("id=\"e-legSymptoms\"").doesNotContain("is not a question of this form");
    }

    @Test
    void bothLegsNewOrWorseOnThePageIsAnEmergencyAndLongStandingIsAPlanWithTheWarningSigns() {
        given().when().get("/plan?painLevel=4&redFlags=NONE&conditions=NONE&canGetOnFloor=true&legSymptoms=BOTH_LEGS_NEW_OR_WORSE")
                .then().statusCode(200).body(containsString("Get medical help now"));
        given().when().get("/plan?painLevel=4&redFlags=NONE&conditions=NONE&canGetOnFloor=true&legSymptoms=BOTH_LEGS_LONG_STANDING")
                .then().statusCode(200).body(containsString("Your plan")).body(containsString("emergency department"));
    }

    @Test
    void aRedFlagTickedAtACheckInJoinsTheAnswersAndRefers() {
        String next = given().redirects().follow(false).when()
                .get(Links.answered("/plan?painLevel=4&nEx0=knees-to-chest::1&nRate0=JUST_RIGHT&nPain=3&nSessions=4&nWeek=1&nMorning=false"
                        + "&nLegs=false&nOverall=BETTER&nFlags=SADDLE_NUMBNESS&nFlags=WALKING_DIFFICULTY"))
                .then().statusCode(303).extract().header("Location");

        assertThat(next).contains("redFlags=SADDLE_NUMBNESS&redFlags=WALKING_DIFFICULTY").contains("ci=1.3.4.0.0.B.");
        given().when().get(next.substring(next.indexOf("/plan"))).then().statusCode(200)
                .body(containsString("Get medical help now"));
    }

    @Test
    void pagesSendNoReferrerAndAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", Links.answered("/plan?painLevel=3"), Links.answered("/plan?painLevel=3&redFlags=FEVER_OR_UNWELL")}) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(response.getHeader("Set-Cookie")).isNull();
        }
        assertThat(given().when().get(Links.answered("/plan?painLevel=3")).getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theShareLinkIsTheSameForTheSameAnswersInAnyOrder() {
        String one = shareLink(Links.answered("/plan?conditions=SHOULDER&painLevel=4&conditions=HYPERLORDOSIS&equipment=CHAIR"));
        String two = shareLink(Links.answered("/plan?equipment=CHAIR&conditions=HYPERLORDOSIS&conditions=SHOULDER&conditions=SHOULDER&painLevel=4"));

        assertThat(one).isEqualTo(two).isEqualTo("/plan?redFlags=NONE&amp;painLevel=4&amp;legSymptoms=NONE&amp;conditions=HYPERLORDOSIS"
                + "&amp;conditions=SHOULDER&amp;canGetOnFloor=true&amp;equipment=CHAIR&amp;lang=en");
    }

    @Test
    void badAnswersInTheLinkComeBackAsTheFormWithTheProblemNamed() {
        given().when().get(Links.answered("/plan?painLevel=high&conditions=KNEE")).then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("id=\"e-painLevel\""))
                .body(containsString("value=\"KNEE\" checked"));
        given().when().get(Links.answered("/plan?painLevel=4&conditions=BAD_BACK")).then()
                .statusCode(400)
                .body(containsString("id=\"e-conditions\""))
                .body(not(containsString("BAD_BACK\" checked")));
        given().when().get(Links.answered("/plan?painLevel=4&favourite=blue")).then()
                .statusCode(400)
                .body(containsString("is not a question of this form"));
        given().when().get(Links.answered("/plan?painLevel=4&painLevel=5")).then()
                .statusCode(400)
                .body(containsString("is given more than once"));
        given().when().get(Links.answered("/plan?painLevel=14")).then()
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

    @Test
    void changeMyAnswersKeepsTheCheckInsOfTheLink() {
        String checkIn = "1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:E~side-decompression::1:R";
        String html = given().when().get("/?painLevel=4&ci=" + checkIn).then().statusCode(200).extract().asString();

        assertThat(html).contains("<input type=\"hidden\" name=\"ci\" value=\"" + checkIn + "\">")
                .contains("Your 1 check-in stays with these answers");
        String plain = given().when().get("/?painLevel=4").then().statusCode(200).extract().asString();
        assertThat(plain).doesNotContain("name=\"ci\"").doesNotContain("check-in stays");
        // What the form sends: the changed answers with the same check-in give a plan that follows it.
        given().when().get(Links.answered("/plan?painLevel=5&conditions=KNEE&ci=" + checkIn)).then().statusCode(200)
                .body(containsString("Since you started"));
    }

    private static String shareLink(String path) {
        String html = given().when().get(path).then().statusCode(200).extract().asString();
        int start = html.indexOf("id=\"share-link\" href=\"") + "id=\"share-link\" href=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }

    static final String FIRST_CHECK_IN = "&nEx0=knees-to-chest::1&nRate0=JUST_RIGHT&nEx1=childs-pose::1&nRate1=TOO_EASY"
            + "&nEx2=side-decompression::1&nRate2=JUST_RIGHT&nPain=3&nSessions=4&nWeek=1&nMorning=false&nLegs=false&nOverall=BETTER";

    @Test
    void theCheckInFormIsAPlainGetUnderThePlanCarryingTheAnswers() {
        String html = given().when().get(Links.answered("/plan?painLevel=4")).then().statusCode(200).extract().asString();

        assertThat(html).contains("How did it go?").contains("<form method=\"get\" action=\"/plan\"")
                .contains("name=\"painLevel\" value=\"4\"")
                .contains("name=\"nEx0\" value=\"knees-to-chest::1\"")
                .contains("name=\"nRate0\" value=\"PAINFUL\"")
                .contains("name=\"nOverall\" value=\"WORSE\"");
    }

    @Test
    void aSentCheckInRedirectsToTheNextPlansLinkWhichCarriesEveryCheckIn() {
        String next = given().redirects().follow(false).when().get(Links.answered("/plan?painLevel=4" + FIRST_CHECK_IN)).then()
                .statusCode(303).header("Cache-Control", "no-store").extract().header("Location");

        assertThat(next).endsWith("/plan?redFlags=NONE&painLevel=4&legSymptoms=NONE&conditions=NONE&canGetOnFloor=true"
                + "&ci=1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:E~side-decompression::1:R&lang=en");
        String html = given().when().get(next.substring(next.indexOf("/plan"))).then().statusCode(200).extract().asString();
        assertThat(html).contains("Since you started").contains("<svg").contains("role=\"img\"")
                .contains("Back pain over time. start: 4 out of 10; week 1: 3 out of 10.")
                .contains("Step 1: a small stretch")
                .contains("name=\"ci\" value=\"1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:E~side-decompression::1:R\"")
                .contains("value=\"2\" inputmode=\"numeric\"");
    }

    @Test
    void aCheckInWithAMistakeShowsTheSamePlanWithTheProblemNamed() {
        String html = given().when().get(Links.answered("/plan?painLevel=4" + FIRST_CHECK_IN.replace("&nOverall=BETTER", ""))).then()
                .statusCode(400).extract().asString();

        assertThat(html).contains("Your plan").contains("How did it go?").contains("“All in all, your back is”: please choose one");
    }

    @Test
    void aLinkWithAGarbledCheckInIsRefusedWithTheCheckInNamed() {
        given().when().get(Links.answered("/plan?painLevel=4&ci=1.3.4.0.0.B.knees-to-chest")).then()
                .statusCode(400).body(containsString("checkIns[0]"));
        given().when().get(Links.answered("/plan?painLevel=4&ci=1.3.4.0.0.B.toe-touch::1:R")).then()
                .statusCode(400).body(containsString("checkIns[0].exercises[0].id"));
    }

    @Test
    void aLinkWithTwelveCheckInsStaysFarBelowEightKilobytes() {
        StringBuilder link = new StringBuilder("/plan?painLevel=6&age=120&conditions=HYPERLORDOSIS&conditions=KNEE&conditions=BALANCE"
                + "&conditions=HIGH_BLOOD_PRESSURE&conditions=PREGNANCY&conditions=SPONDYLOLISTHESIS_OR_STENOSIS&conditions=HERNIA_OR_ABDOMINAL_SURGERY"
                + "&pregnancyWeeks=12&bloodPressureControlled=YES&doctorClearedExercise=true"
                + "&bendingForward=BETTER&bendingBackward=WORSE&helperAvailable=true&sitsForLongPeriods=true"
                + "&equipment=CHAIR&equipment=ARMCHAIR&equipment=TWO_STURDY_CHAIRS&equipment=EXERCISE_BALL&equipment=OVERHEAD_BAR"
                + "&equipment=BLOCK_OR_TOWEL&equipment=CHAIR_WITH_BACKREST&equipment=INVERSION_TABLE&equipment=ANTI_GRAVITY_BOOTS"
                + "&equipment=TRACTION_DEVICE&equipment=LUMBAR_BELT&redFlags=NONE&legSymptoms=ONE_LEG&canGetOnFloor=true");
        for (int week = 1; week <= 12; week++) {
            link.append("&ci=").append(week).append(".7.21.1.0.S.")
                    .append("knees-to-chest:one-leg:4:N~side-decompression:supported:4:N~decompression-devices:inversion-table:1:N");
        }
        String html = given().when().get(link.toString()).then().statusCode(200).extract().asString();
        String share = shareLink(link.toString()).replace("&amp;", "&");

        System.out.printf("Longest plan link measured: %d characters (12 check-ins, every answer given)%n", share.length());
        assertThat(share).contains("&ci=12.");
        assertThat(share.length()).isLessThan(2_400);
        assertThat(html).contains("You have checked in 12 times");
    }
}
