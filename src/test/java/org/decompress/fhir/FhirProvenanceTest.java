package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.decompress.engine.RuleBase;
import org.decompress.plan.GoldenPlans;
import org.decompress.plan.RuledPlan;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * Any plan can be traced to the rules that made it: POST /api/plans sends the rule set's fingerprint
 * as a header (its body is the golden plan, untouched), and $plan's Bundle carries a Provenance naming
 * the same fingerprint, the plan it is about, Decompress as its agent and the responses it came from.
 */
@QuarkusTest
class FhirProvenanceTest {

    @Inject
    RuleBase ruleBase;

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirForms forms;

    @Test
    void theJsonApiAndFhirNameTheSameRuleSetTheServiceRunsOn() throws Exception {
        String rules = ruleBase.loaded().fingerprint();
        assertThat(rules).matches("[0-9a-f]{64}");
        List<String[]> golden = GoldenPlans.cases();
        int traced = 0;
        for (int i = 0; i < golden.size() && traced < 6; i += 97) {
            Answers answers = org.decompress.problem.StrictJson.mapper().readValue(golden.get(i)[0], Answers.class);
            if (!org.decompress.rules.Engine.VALIDATOR.validate(answers).isEmpty() || answers.bloodPressureControlled() != null) {
                continue;
            }
            String header = given().contentType("application/json").body(golden.get(i)[0]).post("/api/plans").then().statusCode(200)
                    .extract().header(RuledPlan.HEADER);
            assertThat(header).as("golden " + i).isEqualTo(rules);

            JsonNode request = FhirResponsesFor.english(forms, questionnaire).of(answers);
            List<JsonNode> responses = request.get("resourceType").asText().equals("Bundle") ? entries(request) : List.of(request);
            for (int r = 0; r < responses.size(); r++) {
                ((ObjectNode) responses.get(r)).put("id", "response-" + i + "-" + r);
            }
            String language = traced % 2 == 0 ? "en" : "es";
            String answer = given().header("Accept-Language", language).contentType(Fhir.JSON).body(request.toString())
                    .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).extract().asString();
            JsonNode bundle = FhirResourcesTest.JSON.readTree(answer);
            JsonNode provenance = bundle.at("/entry/1/resource");
            assertThat(provenance.at("/policy/0").asText()).as("golden " + i).isEqualTo(FhirPlans.policyOf(header)).isEqualTo("nih:sha-256;" + rules);
            assertThat(provenance.get("entity")).as("golden " + i + ": every response it was made from").hasSize(responses.size());
            for (int r = 0; r < responses.size(); r++) {
                assertThat(provenance.at("/entity/" + r + "/role").asText()).isEqualTo("source");
                assertThat(provenance.at("/entity/" + r + "/what/reference").asText()).isEqualTo("QuestionnaireResponse/response-" + i + "-" + r);
            }
            assertThat(provenance.at("/text/div").asText()).as("golden " + i).contains(rules).contains("QuestionnaireResponse/response-" + i + "-0");
            FhirResourcesTest.assertTraced(bundle, responses.get(0), "golden " + i);
            assertThat(FhirCheck.ofService(language).errorsAndWarnings(answer)).as("golden " + i).isEmpty();
            traced++;
        }
        assertThat(traced).isEqualTo(6);
    }

    private static List<JsonNode> entries(JsonNode bundle) {
        List<JsonNode> resources = new java.util.ArrayList<>();
        bundle.get("entry").forEach(e -> resources.add(e.get("resource")));
        return resources;
    }
}
