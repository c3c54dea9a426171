package org.decompress.safety;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad request gets a 4xx problem+json naming the field: never a 500, never a stack trace. */
@QuarkusTest
class BadInputTest {

    static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"painLevel\": 4,", "body"),
                Arguments.of("malformed JSON: single quotes", "{'painLevel': 4}", "body"),
                Arguments.of("null", "null", "body"),
                Arguments.of("an array", "[{\"painLevel\": 4}]", "body"),
                Arguments.of("a string", "\"painLevel 4\"", "body"),
                Arguments.of("a number", "42", "body"),
                Arguments.of("an empty body", "", "body"),
                Arguments.of("trailing content", "{\"painLevel\": 4} {}", "body"),
                Arguments.of("painLevel missing", "{}", "painLevel"),
                Arguments.of("painLevel null", "{\"painLevel\": null}", "painLevel"),
                Arguments.of("painLevel a word", "{\"painLevel\": \"high\"}", "painLevel"),
                Arguments.of("painLevel a numeric string", "{\"painLevel\": \"4\"}", "painLevel"),
                Arguments.of("painLevel a fraction", "{\"painLevel\": 3.7}", "painLevel"),
                Arguments.of("painLevel a boolean", "{\"painLevel\": true}", "painLevel"),
                Arguments.of("painLevel too big for an int", "{\"painLevel\": 99999999999}", "painLevel"),
                Arguments.of("painLevel below 0", "{\"painLevel\": -1}", "painLevel"),
                Arguments.of("painLevel above 10", "{\"painLevel\": 11}", "painLevel"),
                Arguments.of("maxExercises 0", "{\"painLevel\": 4, \"maxExercises\": 0}", "maxExercises"),
                Arguments.of("maxExercises 4", "{\"painLevel\": 4, \"maxExercises\": 4}", "maxExercises"),
                Arguments.of("maxExercises a fraction", "{\"painLevel\": 4, \"maxExercises\": 2.5}", "maxExercises"),
                Arguments.of("an unknown condition", "{\"painLevel\": 4, \"conditions\": [\"BAD_BACK\"]}", "conditions[0]"),
                Arguments.of("a lower-case enum", "{\"painLevel\": 4, \"bendingForward\": \"better\"}", "bendingForward"),
                Arguments.of("an empty enum", "{\"painLevel\": 4, \"bendingForward\": \"\"}", "bendingForward"),
                Arguments.of("an unknown red flag second", "{\"painLevel\": 4, \"redFlags\": [\"FEVER_OR_UNWELL\", \"HEADACHE\"]}", "redFlags[1]"),
                Arguments.of("null inside conditions", "{\"painLevel\": 4, \"conditions\": [null]}", "conditions[0]"),
                Arguments.of("null inside red flags", "{\"painLevel\": 4, \"redFlags\": [\"RECENT_TRAUMA\", null]}", "redFlags[1]"),
                Arguments.of("a number inside equipment", "{\"painLevel\": 4, \"equipment\": [\"CHAIR\", 3]}", "equipment[1]"),
                Arguments.of("a string for a list", "{\"painLevel\": 4, \"conditions\": \"KNEE\"}", "conditions"),
                Arguments.of("an object for a list", "{\"painLevel\": 4, \"conditions\": {\"KNEE\": true}}", "conditions"),
                Arguments.of("a string for a boolean", "{\"painLevel\": 4, \"canGetOnFloor\": \"true\"}", "canGetOnFloor"),
                Arguments.of("a number for a boolean", "{\"painLevel\": 4, \"helperAvailable\": 1}", "helperAvailable"),
                Arguments.of("an unknown field", "{\"painLevel\": 4, \"weight\": 70}", "weight"),
                Arguments.of("age 0", "{\"painLevel\": 4, \"age\": 0}", "age"),
                Arguments.of("age above 120", "{\"painLevel\": 4, \"age\": 121}", "age"),
                Arguments.of("age a word", "{\"painLevel\": 4, \"age\": \"forty\"}", "age"),
                Arguments.of("age a numeric string", "{\"painLevel\": 4, \"age\": \"40\"}", "age"),
                Arguments.of("age a fraction", "{\"painLevel\": 4, \"age\": 40.5}", "age"),
                Arguments.of("pregnancy weeks 0", "{\"painLevel\": 4, \"conditions\": [\"PREGNANCY\"], \"pregnancyWeeks\": 0}", "pregnancyWeeks"),
                Arguments.of("pregnancy weeks 43", "{\"painLevel\": 4, \"conditions\": [\"PREGNANCY\"], \"pregnancyWeeks\": 43}", "pregnancyWeeks"),
                Arguments.of("pregnancy weeks a boolean", "{\"painLevel\": 4, \"pregnancyWeeks\": true}", "pregnancyWeeks"),
                Arguments.of("blood pressure not among the values", "{\"painLevel\": 4, \"bloodPressureControlled\": \"MAYBE\"}", "bloodPressureControlled"),
                Arguments.of("blood pressure a boolean", "{\"painLevel\": 4, \"bloodPressureControlled\": true}", "bloodPressureControlled"),
                Arguments.of("blood pressure a number", "{\"painLevel\": 4, \"bloodPressureControlled\": 1}", "bloodPressureControlled"),
                Arguments.of("doctor's clearance a word", "{\"painLevel\": 4, \"doctorClearedExercise\": \"yes\"}", "doctorClearedExercise"),
                Arguments.of("doctor's clearance a number", "{\"painLevel\": 4, \"doctorClearedExercise\": 1}", "doctorClearedExercise"),
                Arguments.of("an unknown new red flag", "{\"painLevel\": 4, \"redFlags\": [\"BOTH_ARMS\"]}", "redFlags[0]"),
                Arguments.of("an unknown new condition", "{\"painLevel\": 4, \"conditions\": [\"FALLS\", \"STEROIDS\"]}", "conditions[1]"),
                Arguments.of("a field twice", "{\"painLevel\": 4, \"painLevel\": 5}", "painLevel"),
                Arguments.of("check-ins: weeks not increasing", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[1].week"),
                Arguments.of("check-ins: week 0", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 0, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].week"),
                Arguments.of("check-ins: pain 11", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 11, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].painLevel"),
                Arguments.of("check-ins: sessions missing", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].sessionsPerWeek"),
                Arguments.of("check-ins: an unknown overall", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"FINE\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].overall"),
                Arguments.of("check-ins: an unknown exercise", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"toe-touch\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].exercises[0].id"),
                Arguments.of("check-ins: the cooldown is not rated", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"lumbar-rolls-pelvic-tilts\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].exercises[0].id"),
                Arguments.of("check-ins: an unknown variant", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": \"two-legs\", \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].exercises[0].variant"),
                Arguments.of("check-ins: a step above the last", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 5, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].exercises[0].step"),
                Arguments.of("check-ins: step 0", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 0, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].exercises[0].step"),
                Arguments.of("check-ins: a rating not among the five", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 2, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"GREAT\"}]}]}", "checkIns[1].exercises[0].rating"),
                Arguments.of("check-ins: an unknown field", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"mood\": 3, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns[0].mood"),
                Arguments.of("check-ins: more than 12", "{\"painLevel\": 4, \"checkIns\": [{\"week\": 1, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 2, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 3, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 4, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 5, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 6, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 7, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 8, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 9, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 10, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 11, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 12, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}, {\"week\": 13, \"painLevel\": 3, \"sessionsPerWeek\": 4, \"nextMorningWorse\": false, \"legSymptomsSpreading\": false, \"overall\": \"SAME\", \"exercises\": [{\"id\": \"knees-to-chest\", \"variant\": null, \"step\": 1, \"rating\": \"JUST_RIGHT\"}]}]}", "checkIns"),
                Arguments.of("deeply nested list", "{\"painLevel\": 4, \"conditions\": " + nested("[", "]", 3000) + "}", null),
                Arguments.of("deeply nested objects", nested("{\"a\":", "}", 3000).replace("{\"a\":}", "{\"a\":1}"), null),
                Arguments.of("deeply nested arrays", nested("[", "]", 5_000), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodyIsA400ProblemNamingTheField(String name, String body, String field) {
        var response = given().contentType(ContentType.JSON).body(body).when().post("/api/plans").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }

    @Test
    void aOneMegabyteBodyIsA413() {
        String body = "{\"painLevel\": 4, \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/plans").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aWrongContentTypeIsA415() {
        given().contentType("application/xml").body("<answers painLevel=\"4\"/>").when().post("/api/plans").then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.URLENC).formParam("painLevel", "4").when().post("/api/plans").then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsA405AndAnUnknownPathA404() {
        given().when().get("/api/plans").then().statusCode(405).contentType("application/problem+json");
        given().when().delete("/api/exercises/knees-to-chest").then().statusCode(405).contentType("application/problem+json");
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnservableAcceptIsA406() {
        given().contentType(ContentType.JSON).accept("application/xml").body("{\"painLevel\": 4}").when().post("/api/plans").then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        given().contentType(ContentType.JSON).body("{\"painLevel\": 12, \"maxExercises\": 9, \"conditions\": [null]}")
                .when().post("/api/plans").then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("conditions[0]", "maxExercises", "painLevel"));
    }
}
