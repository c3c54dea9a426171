package org.decompress.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, the OpenAPI document, Swagger UI and metrics, as a team running the service sees them. */
@QuarkusTest
class OperationsTest {

    /** The stages of the decision, one file each (rules/README.md): reading, screening, exclusion, selection, dosing, wrapping, follow-up. */
    static final int RULE_FILES = 7;

    @Test
    void readyWithTheRulesAndTheCatalogLoadedAndAlive() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rules and catalog"))
                .body("checks.find { it.name == 'rules and catalog' }.data.rules", greaterThan(40))
                .body("checks.find { it.name == 'rules and catalog' }.data.ruleFiles", equalTo(RULE_FILES))
                .body("checks.find { it.name == 'rules and catalog' }.data.exercises", equalTo(15));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void everyApiEndpointHasASummaryADescriptionAndExamples() {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        Map<String, List<String>> endpoints = Map.of(
                "/api/plans", List.of("post"),
                "/api/exercises", List.of("get"),
                "/api/exercises/{id}", List.of("get"),
                "/api/questionnaire", List.of("get"),
                "/", List.of("get"),
                "/plan", List.of("get"));
        endpoints.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = openapi.getMap("paths.'" + path + "'." + method);
            assertThat(operation).as(method + " " + path).isNotNull().containsKeys("summary", "description", "responses");
            assertThat(openapi.getMap("paths.'" + path + "'." + method + ".responses.'200'.content").values())
                    .as("an example for " + method + " " + path)
                    .anyMatch(content -> ((Map<?, ?>) content).containsKey("examples") || ((Map<?, ?>) content).containsKey("schema"));
        }));
        assertThat(openapi.getMap("paths.'/api/plans'.post.requestBody.content.'application/json'.examples")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(openapi.getString("info.title")).isEqualTo("Decompress API");
    }

    @Test
    void everySchemaHasADescriptionAndEveryObjectSchemaAnExample() {
        Map<String, Map<String, Object>> schemas = given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("components.schemas");

        assertThat(schemas).containsKeys("Answers", "Plan", "PlanExercise", "CooldownItem", "ExcludedExercise", "RuleReason",
                "ReferralAdvice", "Exercise", "Variant", "Traits", "Dose", "Questionnaire", "Question", "QuestionOption",
                "QuestionGroup", "Problem", "FieldProblem", "RedFlag", "Condition", "Equipment");
        // every schema that lacks one, named at once
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        schemas.forEach((name, schema) -> {
            softly.assertThat(schema).as(name).containsKey("description");
            if ("object".equals(schema.get("type"))) {
                // OpenAPI 3.1 writes examples as a list; 3.0 as a single example.
                softly.assertThat(schema.containsKey("example") || schema.containsKey("examples")).as(name + " has an example").isTrue();
            }
        });
        softly.assertAll();
    }

    @Test
    void swaggerUiIsServed() {
        given().redirects().follow(true).when().get("/q/swagger-ui").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void metricsCountPlansReferralsAndExclusionsWithoutAnyAnswerValue() {
        post("{\"painLevel\": 4, \"conditions\": [\"KNEE\", \"SHOULDER\"], \"equipment\": [\"OVERHEAD_BAR\"]}");
        post("{\"painLevel\": 8, \"redFlags\": [\"SADDLE_NUMBNESS\"], \"conditions\": [\"GLAUCOMA\"]}");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("decompress_plans_total{status=\"PLAN\"}")
                .contains("decompress_plans_total{status=\"REFER\"}")
                .contains("decompress_referrals_total{urgency=\"EMERGENCY\"}")
                .contains("decompress_exclusions_total{rule=\"Knee problem: no kneeling\"}")
                .contains("decompress_exclusions_total{rule=\"Shoulder, neck or arm problem: nothing that loads the arms\"}")
                .contains("decompress_plan_evaluation_seconds_count");
        for (String answer : List.of("KNEE", "SHOULDER", "OVERHEAD_BAR", "SADDLE_NUMBNESS", "GLAUCOMA", "painLevel", "redFlags")) {
            assertThat(metrics).as("an answer value in the metrics").doesNotContain(answer);
        }
    }

    private static void post(String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/plans").then().statusCode(200);
    }
}
