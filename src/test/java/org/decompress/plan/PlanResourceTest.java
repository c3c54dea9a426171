package org.decompress.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.decompress.catalog.Exercise;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/** POST /api/plans: the JSON contract (README, "The JSON API"), field by field. */
@QuarkusTest
class PlanResourceTest {

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/plans").then();
    }

    @Test
    void aPlanHasEveryFieldOfTheContract() {
        post("""
                {"painLevel": 4, "conditions": ["SHOULDER", "HYPERLORDOSIS"], "bendingForward": "BETTER",
                 "equipment": ["TWO_STURDY_CHAIRS", "OVERHEAD_BAR", "CHAIR"]}
                """)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("PLAN"))
                .body("referral", nullValue())
                .body("$", hasKey("referral"))
                .body("disclaimers", hasSize(5))
                .body("exercises", hasSize(3))
                .body("exercises.id", contains("knees-to-chest", "childs-pose", "chair-flexion"))
                .body("exercises[0].name", equalTo("Knees to chest"))
                .body("exercises[0].steps.size()", equalTo(5))
                .body("exercises[0].dose.holdSeconds", equalTo(30))
                .body("exercises[0]", hasKey("variant"))
                .body("exercises[0].variant", nullValue())
                .body("exercises[0].cautions", notNullValue())
                .body("exercises[0].reasons.rule", hasItem("Arched lower back: favour positions that round or flatten the lower back"))
                .body("exercises[0].reasons.rule", hasItem("Bending forward eases the pain: favour forward-bending positions"))
                .body("exercises[0].reasons.text", everyItem(not(equalTo(""))))
                .body("exercises.cooldown.id", everyItem(equalTo("lumbar-rolls-pelvic-tilts")))
                .body("exercises[0].cooldown.name", equalTo("Lumbar rolls and pelvic tilts"))
                .body("exercises[0].cooldown.steps.size()", equalTo(5))
                .body("exercises[0].cooldown.dose.repetitions", equalTo(30))
                .body("excluded.id", hasItem("chair-hover"))
                .body("excluded.id", hasItem("bar-hang"))
                .body("excluded.find { it.id == 'chair-hover' }.reasons[0].rule",
                        equalTo("Shoulder, neck or arm problem: nothing that loads the arms"))
                .body("excluded.find { it.id == 'chair-hover' }.reasons[0].text", containsString("shoulder"))
                .body("source", containsString("Spinal Decompression At Home"));
    }

    @Test
    void aVariantIsNamedAndExplained() {
        post("""
                {"painLevel": 5, "conditions": ["BALANCE"], "canGetOnFloor": false}
                """)
                .statusCode(200)
                .body("exercises.id", contains("side-decompression"))
                .body("exercises[0].variant", equalTo("supported"))
                .body("exercises[0].steps[0]", containsString("sturdy"))
                .body("exercises[0].dose.eachSide", equalTo(true))
                .body("exercises[0].reasons.rule", hasItem("A chosen variant says why the plain form was ruled out"));
    }

    /** A form the plan gives is summed up in its own words, not the plain exercise's: one knee, not both. */
    @Test
    void aFormIsSummedUpInItsOwnWordsInEveryLanguage() {
        for (String tag : new String[] {"en", "es"}) {
            Exercise knees = Engine.CATALOGS.in(Engine.LANGUAGES.find(tag).orElseThrow()).get("knees-to-chest");
            given().header("Accept-Language", tag).contentType(ContentType.JSON).body(HERNIA_ONE_LEG).when().post("/api/plans").then()
                    .statusCode(200)
                    .header("Content-Language", tag)
                    .body("exercises[0].id", equalTo("knees-to-chest"))
                    .body("exercises[0].variant", equalTo("one-leg"))
                    .body("exercises[0].summary", equalTo(knees.summaryOf("one-leg")))
                    .body("exercises[0].summary", not(equalTo(knees.summary())));
        }
    }

    /** Six weeks after a hernia repair, knees to chest one knee at a time (scenarios/hernia/one-knee-at-a-time.json). */
    static final String HERNIA_ONE_LEG = """
            {"painLevel": 4, "conditions": ["HERNIA_OR_ABDOMINAL_SURGERY"], "bendingForward": "BETTER"}
            """;

    @Test
    void theSittingTechniqueComesLastWithoutACooldown() {
        post("""
                {"painLevel": 3, "sitsForLongPeriods": true, "equipment": ["CHAIR_WITH_BACKREST"], "maxExercises": 2}
                """)
                .statusCode(200)
                .body("exercises.id", contains("knees-to-chest", "gokhale-sitting"))
                .body("exercises[1].cooldown", nullValue())
                .body("exercises[1].dose.note", notNullValue());
    }

    @Test
    void aRedFlagGivesAReferralWithUrgencyReasonsAndNoExercise() {
        post("""
                {"painLevel": 6, "redFlags": ["BLADDER_BOWEL_CHANGE"]}
                """)
                .statusCode(200)
                .body("status", equalTo("REFER"))
                .body("exercises", empty())
                .body("referral.urgency", equalTo("EMERGENCY"))
                .body("referral.advice", containsString("emergency"))
                .body("referral.reasons.rule", contains("Red flag: new bladder or bowel trouble"))
                .body("disclaimers", hasSize(1))
                .body("disclaimers[0]", containsString("not medical advice"));
    }

    @Test
    void nothingSafeLeftSaysSoAndRefers() {
        post("""
                {"painLevel": 5, "conditions": ["RECENT_SPINE_SURGERY"], "canGetOnFloor": false}
                """)
                .statusCode(200)
                .body("status", equalTo("REFER"))
                .body("referral.urgency", equalTo("ROUTINE"))
                .body("referral.reasons.rule", contains("Nothing safe is left: see a physiotherapist"))
                .body("excluded.size()", allOf(notNullValue(), not(equalTo(0))));
    }

    @Test
    void missingPainLevelIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/plans").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("painLevel"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void outOfRangeAndUnknownValuesAre400sNamingEachField() {
        post("""
                {"painLevel": 11, "maxExercises": 4}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("maxExercises", "painLevel"));
        post("""
                {"painLevel": 3, "conditions": ["BAD_BACK"]}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("conditions[0]"))
                .body("errors[0].message", containsString("HYPERLORDOSIS"));
        post("""
                {"painLevel": 3, "favouriteColour": "blue"}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("favouriteColour"))
                .body("errors[0].message", containsString("unknown field"));
    }

    @Test
    void wrongTypesAre400sNotCoercions() {
        for (String body : new String[] {"{\"painLevel\": \"4\"}", "{\"painLevel\": 3.7}", "{\"painLevel\": \"high\"}"}) {
            post(body).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("painLevel"))
                    .body("errors[0].message", equalTo("must be a whole number"));
        }
        post("{\"painLevel\": 3, \"canGetOnFloor\": \"yes\"}").statusCode(400)
                .body("errors[0].field", equalTo("canGetOnFloor"));
    }

    @Test
    void notAnObjectIsA400() {
        for (String body : new String[] {"null", "[]", "\"answers\"", "{", ""}) {
            post(body).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        }
    }

    @Test
    void aWrongMediaTypeIsA415() {
        given().contentType(ContentType.TEXT).body("{\"painLevel\": 3}").when().post("/api/plans").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void aFirstPlanSaysStepOneNewAndSmallAndHasNoCheckIn() {
        given().contentType(ContentType.JSON).body("{\"painLevel\": 4}").when().post("/api/plans").then()
                .statusCode(200)
                .body("checkIn", nullValue())
                .body("exercises.step", everyItem(equalTo(1)))
                .body("exercises.stretch", everyItem(equalTo("SMALL")))
                .body("exercises.change", everyItem(equalTo("NEW")))
                .body("exercises[0].dose.holds", equalTo(2))
                .body("exercises[0].dose.timesADay", equalTo(1));
    }

    @Test
    void checkInsTravelInTheAnswersAndThePlanSaysWhatChangedAndWhy() {
        String checkIn = "{\"week\": %d, \"painLevel\": 2, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, "
                + "\"legSymptomsSpreading\": false, \"overall\": \"BETTER\", \"exercises\": [{\"id\": \"knees-to-chest\", "
                + "\"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}";
        given().contentType(ContentType.JSON)
                .body("{\"painLevel\": 4, \"checkIns\": [" + checkIn.formatted(1) + ", " + checkIn.formatted(3) + "]}")
                .when().post("/api/plans").then()
                .statusCode(200)
                .body("status", equalTo("PLAN"))
                .body("exercises.find { it.id == 'knees-to-chest' }.step", equalTo(2))
                .body("exercises.find { it.id == 'knees-to-chest' }.stretch", equalTo("FIRM"))
                .body("exercises.find { it.id == 'knees-to-chest' }.change", equalTo("UP"))
                .body("exercises.find { it.id == 'knees-to-chest' }.changeReason.rule",
                        equalTo("Comfortable at the last two check-ins, low pain, regular sessions: one step up"))
                .body("exercises.find { it.id == 'knees-to-chest' }.dose.holds", equalTo(3))
                .body("exercises.find { it.id != 'knees-to-chest' }.change", equalTo("SAME"))
                .body("exercises.find { it.id != 'knees-to-chest' }.changeReason.rule", equalTo("Dosing: not reported, it keeps the step it had"))
                .body("checkIn.checkIns", equalTo(2))
                .body("checkIn.weeks", equalTo(3))
                .body("checkIn.startPain", equalTo(4))
                .body("checkIn.painNow", equalTo(2))
                .body("checkIn.painChange", equalTo(-2))
                .body("checkIn.pain.week", contains(0, 1, 3))
                .body("checkIn.advice.rule", hasItem("A meaningful improvement"));
    }
}
