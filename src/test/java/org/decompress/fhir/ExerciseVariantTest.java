package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.decompress.catalog.Exercise;
import org.decompress.plan.GoldenPlans;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/**
 * A CarePlan activity codes the exercise alone, and gives its form as the exercise-variant extension,
 * which HAPI's validator checks against the served StructureDefinition: a form it does not know, a form
 * coded from another system, or the extension anywhere but on a coded activity's detail is an error.
 */
@QuarkusTest
class ExerciseVariantTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FhirForms forms;

    @Inject
    Questionnaire questionnaire;

    @Test
    void theFormIsAnElementOfItsOwnThatTheValidatorHoldsToItsDefinition() throws Exception {
        JsonNode definition = JSON.readTree(FhirResourcesTest.get("/fhir/StructureDefinition/exercise-variant", "en"));
        String url = definition.get("url").asText();
        assertThat(url).endsWith("/StructureDefinition/exercise-variant");
        assertThat(definition.get("version").asText()).matches("1\\.[0-9a-f]{12}");
        assertThat(JSON.readTree(FhirResourcesTest.get("/fhir/metadata", "en")).at("/rest/0/resource").findValuesAsText("type"))
                .contains("StructureDefinition");
        JsonNode variants = JSON.readTree(FhirResourcesTest.get("/fhir/CodeSystem/exercise-variant", "en"));
        JsonNode exercises = JSON.readTree(FhirResourcesTest.get("/fhir/CodeSystem/exercise", "en"));
        assertThat(exercises.findValues("concept")).as("the exercise CodeSystem holds the exercises only").hasSize(1);

        for (String language : List.of("en", "es")) {
            JsonNode carePlan = aCarePlanWithAForm(language);
            FhirCheck check = FhirCheck.ofService(language);
            assertThat(check.errorsAndWarnings(carePlan.toString())).as(language).isEmpty();
            ObjectNode detail = (ObjectNode) formed(carePlan).get("detail");
            JsonNode form = detail.get("extension").get(0);
            assertThat(form.get("url").asText()).isEqualTo(url);
            assertThat(detail.at("/code/coding")).as("the exercise, one coding").hasSize(1);
            assertThat(detail.get("description").asText()).as(language + ": the description, which the narrative lists, names the form")
                    .contains(detail.at("/code/text").asText() + " (" + form.at("/valueCodeableConcept/text").asText() + ")");
            String code = form.at("/valueCodeableConcept/coding/0/code").asText();
            assertThat(code).startsWith(detail.at("/code/coding/0/code").asText() + ":");
            JsonNode concept = conceptOf(variants, code);
            String display = form.at("/valueCodeableConcept/coding/0/display").asText();
            if (language.equals("en")) {
                assertThat(display).isEqualTo(concept.get("display").asText());
            } else {
                // HAPI does not compare an unbound coding's display with its CodeSystem: a Spanish display must be the concept's designation.
                assertThat(concept.findValuesAsText("value")).as(code).contains(display);
            }

            ObjectNode unknown = carePlan.deepCopy();
            ((ObjectNode) formed(unknown).at("/detail/extension/0/valueCodeableConcept/coding/0")).put("code", "knees-to-chest:no-such-form");
            assertThat(check.errors(unknown.toString())).as(language + ": an unknown form").anyMatch(e -> e.contains("no-such-form"));

            ObjectNode otherSystem = carePlan.deepCopy();
            ((ObjectNode) formed(otherSystem).at("/detail/extension/0/valueCodeableConcept/coding/0")).put("system", exercises.get("url").asText());
            assertThat(check.errors(otherSystem.toString())).as(language + ": a form from the exercise CodeSystem").anyMatch(e -> e.contains("fixed"));

            ObjectNode uncoded = carePlan.deepCopy();
            ((ObjectNode) formed(uncoded).get("detail")).remove("code");
            assertThat(check.errors(uncoded.toString())).as(language + ": a form without an exercise").anyMatch(e -> e.contains(url));

            ObjectNode elsewhere = carePlan.deepCopy();
            ObjectNode activity = (ObjectNode) formed(elsewhere);
            activity.set("extension", ((ObjectNode) activity.get("detail")).remove("extension"));
            assertThat(check.errors(elsewhere.toString())).as(language + ": a form on the activity, not its detail").anyMatch(e -> e.contains(url));
        }
    }

    /** The CarePlan sums a form up in its own words, in the activity's description and the narrative: one knee, not both. */
    @Test
    void aFormIsSummedUpInItsOwnWordsInEveryLanguage() throws Exception {
        // Six weeks after a hernia repair: knees to chest one knee at a time (scenarios/hernia/one-knee-at-a-time.json).
        Answers hernia = org.decompress.problem.StrictJson.mapper().readValue("""
                {"painLevel": 4, "conditions": ["HERNIA_OR_ABDOMINAL_SURGERY"], "bendingForward": "BETTER"}
                """, Answers.class);
        String body = FhirResponsesFor.english(forms, questionnaire).of(hernia).toString();
        for (String language : List.of("en", "es")) {
            Exercise knees = Engine.CATALOGS.in(Engine.LANGUAGES.find(language).orElseThrow()).get("knees-to-chest");
            String bundle = given().header("Accept-Language", language).contentType(Fhir.JSON).body(body)
                    .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).extract().asString();
            JsonNode carePlan = JSON.readTree(bundle).at("/entry/0/resource");
            assertThat(carePlan.get("resourceType").asText()).isEqualTo("CarePlan");
            JsonNode detail = formed(carePlan).get("detail");
            assertThat(detail.at("/extension/0/valueCodeableConcept/coding/0/code").asText()).isEqualTo("knees-to-chest:one-leg");

            assertThat(detail.get("description").asText()).as(language)
                    .startsWith(knees.name() + " (" + knees.variant("one-leg").orElseThrow().name() + "): ")
                    .endsWith(". " + knees.summaryOf("one-leg"))
                    .doesNotContain(knees.summary());
            assertThat(carePlan.at("/text/div").asText()).as(language + ": the narrative").contains(knees.summaryOf("one-leg"))
                    .doesNotContain(knees.summary());
        }
    }

    /** The first activity with a form. */
    private static JsonNode formed(JsonNode carePlan) {
        for (JsonNode activity : carePlan.get("activity")) {
            if (activity.at("/detail/extension").size() > 0) {
                return activity;
            }
        }
        throw new AssertionError("no activity with a form");
    }

    private static JsonNode conceptOf(JsonNode codeSystem, String code) {
        for (JsonNode concept : codeSystem.get("concept")) {
            if (concept.get("code").asText().equals(code)) {
                return concept;
            }
        }
        throw new AssertionError(code + " is not in " + codeSystem.get("url").asText());
    }

    /** The CarePlan $plan makes, in {@code language}, for the first golden answer set whose plan gives an exercise a form. */
    private JsonNode aCarePlanWithAForm(String language) throws Exception {
        ObjectMapper api = org.decompress.problem.StrictJson.mapper();
        FhirResponsesFor responses = FhirResponsesFor.english(forms, questionnaire);
        List<String[]> golden = GoldenPlans.cases();
        for (int i = 0; i < golden.size(); i += 7) {
            if (!golden.get(i)[1].contains("\"variant\":\"")) {
                continue;
            }
            Answers answers = api.readValue(golden.get(i)[0], Answers.class);
            if (!org.decompress.rules.Engine.VALIDATOR.validate(answers).isEmpty() || answers.bloodPressureControlled() != null) {
                continue;
            }
            String bundle = given().header("Accept-Language", language).contentType(Fhir.JSON).body(responses.of(answers).toString())
                    .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).extract().asString();
            JsonNode resource = JSON.readTree(bundle).at("/entry/0/resource");
            if (resource.get("resourceType").asText().equals("CarePlan") && resource.get("activity") instanceof ArrayNode activities
                    && activities.findValues("extension").size() > 0) {
                return resource;
            }
        }
        throw new AssertionError("no golden plan gives a form");
    }
}
