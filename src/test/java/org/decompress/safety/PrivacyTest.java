package org.decompress.safety;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers are health data: they never reach a log, a cookie or a cache, and every response is hardened. */
@QuarkusTest
class PrivacyTest {

    @TestHTTPResource("/")
    URI base;

    static final String ANSWERS = """
            {"redFlags": [], "conditions": ["PREGNANCY", "GLAUCOMA", "SHOULDER"], "painLevel": 7, "painIntoLeg": true,
             "bendingForward": "WORSE", "bendingBackward": "BETTER", "canGetOnFloor": true, "helperAvailable": true,
             "equipment": ["EXERCISE_BALL", "INVERSION_TABLE"], "sitsForLongPeriods": true, "maxExercises": 2}
            """;
    static final String RED_FLAGS = """
            {"redFlags": ["SADDLE_NUMBNESS", "UNEXPLAINED_WEIGHT_LOSS"], "painLevel": 9}
            """;
    static final String CHECK_INS = """
            {"painLevel": 6, "conditions": ["KNEE"], "checkIns": [
             {"week": 2, "painLevel": 5, "sessionsPerWeek": 3, "nextMorningWorse": true, "legSymptomsSpreading": false, "overall": "WORSE",
              "exercises": [{"id": "knees-to-chest", "variant": null, "step": 1, "rating": "PAINFUL"}]},
             {"week": 4, "painLevel": 5, "sessionsPerWeek": 4, "nextMorningWorse": false, "legSymptomsSpreading": false, "overall": "SAME",
              "exercises": [{"id": "side-decompression", "variant": "supported", "step": 1, "rating": "TOO_HARD"}]}]}
            """;
    static final String BAD_CHECK_IN = """
            {"painLevel": 3, "checkIns": [{"week": 2, "painLevel": 3, "sessionsPerWeek": 4, "nextMorningWorse": false,
             "legSymptomsSpreading": false, "overall": "SAME", "exercises": [{"id": "MARKER_c4d2", "step": 1, "rating": "MARKER_e9f0"}]}]}
            """;
    static final String BAD = """
            {"painLevel": 3, "conditions": ["OSTEOPOROSIS", "SECRET_MARKER_7f3a"], "bendingForward": "MARKER_b81c"}
            """;

    @Test
    void noAnswerAndNothingDerivedFromOneReachesTheLog() {
        List<String> sensitive = new ArrayList<>(List.of("PREGNANCY", "GLAUCOMA", "SHOULDER", "EXERCISE_BALL", "INVERSION_TABLE",
                "SADDLE_NUMBNESS", "UNEXPLAINED_WEIGHT_LOSS", "OSTEOPOROSIS", "SECRET_MARKER_7f3a", "MARKER_b81c",
                "painLevel", "redFlags", "Assessment[", "Answers[painLevel",
                "checkIns", "sessionsPerWeek", "PAINFUL", "TOO_HARD", "MARKER_c4d2", "MARKER_e9f0", "FollowUp[", "CheckIn[week"));
        List<String> lines;
        // The JDK client sends these: RestAssured's own wire log would quote the request it sends.
        try (LogCapture capture = new LogCapture()) {
            JsonPath plan = sendRaw(ANSWERS, 200);
            JsonPath referral = sendRaw(RED_FLAGS, 200);
            JsonPath followed = sendRaw(CHECK_INS, 200);
            sendRaw(BAD_CHECK_IN, 400);
            sendRaw(BAD, 400);
            sendRaw("{\"painLevel\": 99, \"conditions\": [null]}", 400);
            sendRaw("{not json", 400);
            // What the rules concluded about this person is health data too.
            sensitive.addAll(plan.getList("exercises.reasons.flatten().rule"));
            sensitive.addAll(plan.getList("excluded.reasons.flatten().rule"));
            sensitive.addAll(referral.getList("referral.reasons.rule"));
            sensitive.addAll(followed.getList("checkIn.advice.rule"));
            followed.getList("exercises.changeReason.rule", String.class).stream().filter(java.util.Objects::nonNull).forEach(sensitive::add);
            lines = capture.lines();
        }
        assertThat(lines).as("the capture works").isNotEmpty();
        assertThat(sensitive).hasSizeGreaterThan(20);
        for (String line : lines) {
            for (String value : sensitive) {
                assertThat(line).as("a log line mentions '%s'", value).doesNotContain(value);
            }
        }
    }

    @Test
    void noCookieNoCacheAndTheSecurityHeadersOnEveryKindOfResponse() {
        for (Response response : List.of(post(ANSWERS, 200), post(BAD, 400), post(CHECK_INS, 200), post(BAD_CHECK_IN, 400),
                given().when().get("/api/exercises/none").then().statusCode(404).extract().response(),
                given().when().get("/api/questionnaire").then().statusCode(200).extract().response())) {
            assertThat(response.getHeader("Set-Cookie")).isNull();
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
        assertThat(post(ANSWERS, 200).getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void corsStaysOff() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/plans").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON).body(ANSWERS)
                .when().post("/api/plans").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRefusalNeverEchoesTheRejectedValue() {
        given().contentType(ContentType.JSON).body(BAD).when().post("/api/plans").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("conditions[1]"))
                .body(org.hamcrest.Matchers.not(containsString("SECRET_MARKER_7f3a")));
    }

    private JsonPath sendRaw(String body, int status) {
        HttpResponse<String> response = Http.postJson(base, body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(status);
        return new JsonPath(response.body());
    }

    private static Response post(String body, int status) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/plans").then()
                .statusCode(status).extract().response();
    }
}
