package org.decompress.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.decompress.safety.RulesFolder;
import org.junit.jupiter.api.Test;

/**
 * Dev mode compiles the rules folder while the service already answers (so its first page waits for no rule
 * compilation). Here the folder holds a file that does not compile from the start: pages still answer, every plan
 * is a 503 that names no file (the log and readiness say which), and fixing the file makes the next plan right.
 */
@QuarkusTest
@TestProfile(RulesCompiledInBackgroundTest.BrokenFromTheStart.class)
class RulesCompiledInBackgroundTest {

    static Path folder;

    public static class BrokenFromTheStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            folder = RulesFolder.copyOfTheRules("rules-broken-at-start");
            try {
                Files.writeString(folder.resolve("broken.drl"), RuleReloadTest.NESTED_RULE.formatted("Trait.LOADS_ARMZ"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return RuleReloadTest.asInDevMode(folder);
        }
    }

    @Test
    void aFolderThatDoesNotCompileAnswersPagesRefusesPlansAndRecoversWhenFixed() throws IOException {
        given().when().get("/").then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"painLevel\": 4, \"canGetOnFloor\": true}")
                .when().post("/api/plans")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("title", equalTo("Rules not ready"))
                .body("detail", not(containsString("broken.drl")));
        given().header("Accept-Language", "es").contentType(ContentType.JSON).body("{\"painLevel\": 4}")
                .when().post("/api/plans")
                .then().statusCode(503).body("title", equalTo("Reglas no disponibles"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'rules and catalog' }.data.reloadRefused", containsString("rules/broken.drl:"));

        Files.delete(folder.resolve("broken.drl"));

        given().contentType(ContentType.JSON).body("{\"painLevel\": 4, \"canGetOnFloor\": true}")
                .when().post("/api/plans")
                .then().statusCode(200).body("exercises[0].id", equalTo("knees-to-chest"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules and catalog' }.data.reloadRefused", nullValue());
    }
}
