package org.decompress.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.decompress.safety.RulesFolder;
import org.junit.jupiter.api.Test;

/**
 * Rule authoring with reload on (as in dev mode): an edit to a file in the rules folder, changed,
 * added, nested or removed, changes the next plan without a restart; an edit that does not compile
 * leaves the previous complete rule base in place and is reported by readiness. The first rule base
 * is compiled in the background, as dev mode does.
 */
@QuarkusTest
@TestProfile(RuleReloadTest.ReloadingRules.class)
class RuleReloadTest {

    static Path folder;

    public static class ReloadingRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            folder = RulesFolder.copyOfTheRules("reloading-rules");
            return asInDevMode(folder);
        }
    }

    /** The rules settings dev mode runs with (application.properties), on this folder, checked for changes at every plan. */
    static Map<String, String> asInDevMode(Path rules) {
        return Map.of("decompress.rules.directory", rules.toString(),
                "decompress.rules.reload", "true",
                "decompress.rules.reload-check-interval", "0s",
                "decompress.rules.compile-in-background", "true");
    }

    static final String NESTED_RULE = """
            package rules.trial;
            import org.decompress.catalog.Trait;
            import org.decompress.questionnaire.Assessment;
            import org.decompress.recommendation.RuleOut;
            // Source: a trial edit by a clinician.
            rule "Trial: no lying exercises"
                ruleflow-group "exclusion"
            when
                Assessment()
            then
                insert(RuleOut.anyOf(%s, drools.getRule().getName()));
            end
            """;

    @Test
    void editsToTheRulesFolderChangeTheNextPlanWithoutARestart() throws IOException {
        assertThat(firstExercise()).isEqualTo("knees-to-chest");

        Path nested = folder.resolve("trial/no-floor.drl");
        Files.createDirectories(nested.getParent());
        Files.writeString(nested, NESTED_RULE.formatted("Trait.ON_FLOOR"));
        assertThat(firstExercise()).as("a nested file was added").isEqualTo("side-decompression");
        assertThat(ruledOutBy("Trial: no lying exercises")).contains("knees-to-chest", "childs-pose");

        Files.writeString(nested, NESTED_RULE.formatted("Trait.KNEELING"));
        assertThat(firstExercise()).as("the file was changed: only kneeling goes now").isEqualTo("knees-to-chest");
        assertThat(ruledOutBy("Trial: no lying exercises")).containsExactlyInAnyOrder("childs-pose", "camel-pose");

        Path selection = folder.resolve("selection.drl");
        String original = Files.readString(selection);
        Files.writeString(selection, original.replace("Assessment( painLevel >= 7 )", "Assessment( painLevel >= 4 )"));
        assertThat(firstExercise()).as("a shipped rule was changed").isEqualTo("knees-to-chest");
        assertThat(plan().getList("exercises.variant")).contains("one-leg");
        Files.writeString(selection, original);

        Files.delete(nested);
        assertThat(ruledOutBy("Trial: no lying exercises")).as("the file was removed").isEmpty();
        assertThat(firstExercise()).isEqualTo("knees-to-chest");
    }

    @Test
    void anEditThatDoesNotCompileKeepsThePreviousRuleBaseAndIsReported() throws IOException {
        Path broken = folder.resolve("broken.drl");
        Files.writeString(broken, NESTED_RULE.formatted("Trait.LOADS_ARMZ"));
        try {
            assertThat(firstExercise()).as("still served by the previous, complete rule base").isEqualTo("knees-to-chest");
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'rules and catalog' }.data.reloadRefused",
                            org.hamcrest.Matchers.containsString("rules/broken.drl:"));
        } finally {
            Files.delete(broken);
        }
        assertThat(firstExercise()).isEqualTo("knees-to-chest");
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules and catalog' }.data.reloadRefused", org.hamcrest.Matchers.nullValue());
    }

    private static io.restassured.path.json.JsonPath plan() {
        return given().contentType(ContentType.JSON).body("{\"painLevel\": 4, \"canGetOnFloor\": true}")
                .when().post("/api/plans").then().statusCode(200).extract().jsonPath();
    }

    private static String firstExercise() {
        return plan().getString("exercises[0].id");
    }

    private static List<String> ruledOutBy(String rule) {
        return plan().getList("excluded.findAll { it.reasons.any { r -> r.rule == '" + rule + "' } }.id");
    }
}
