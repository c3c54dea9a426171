package org.decompress.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** decompress.plan.default-max-exercises applies when the answers do not say how many. */
@QuarkusTest
@TestProfile(DefaultExercisesSettingTest.OneByDefault.class)
class DefaultExercisesSettingTest {

    public static class OneByDefault implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decompress.plan.default-max-exercises", "1");
        }
    }

    @Test
    void theConfiguredDefaultAppliesOnlyWhenTheAnswersDoNotSay() {
        given().contentType(ContentType.JSON).body("{\"painLevel\": 4}").when().post("/api/plans").then()
                .statusCode(200).body("exercises", hasSize(1));
        given().contentType(ContentType.JSON).body("{\"painLevel\": 4, \"maxExercises\": 3}").when().post("/api/plans").then()
                .statusCode(200).body("exercises", hasSize(3));
    }
}
