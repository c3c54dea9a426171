package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.QuestionnaireLoader;
import org.decompress.rulebook.Population;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/**
 * The packaged service's FHIR face decides as its JSON API: people with check-ins, in both languages,
 * sent as the QuestionnaireResponses (a Bundle with the check-ins' responses) a FHIR client sends to
 * {@code $plan}, get a CarePlan with the API's exercises and cooldowns, in their forms and the API's order, or a
 * ServiceRequest where the API refers.
 */
@QuarkusIntegrationTest
class FhirPlanIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int EVERY = 15;

    @Test
    void peopleWithCheckInsGetTheApisDecisionFromPlanInBothLanguages() throws Exception {
        Questionnaire questionnaire = new QuestionnaireLoader(Engine.VALIDATOR).loadFromClasspath(Engine.TEXTS);
        JsonNode intake = JSON.readTree(FhirResourcesTest.get("/fhir/Questionnaire/decompress-intake", "en"));
        JsonNode checkIn = JSON.readTree(FhirResourcesTest.get("/fhir/Questionnaire/decompress-check-in", "en"));
        String base = intake.get("url").asText().substring(0, intake.get("url").asText().indexOf("/Questionnaire/"));
        FhirResponsesFor responses = new FhirResponsesFor(questionnaire, base, intake.get("url").asText() + "|" + intake.get("version").asText(),
                checkIn.get("url").asText() + "|" + checkIn.get("version").asText());

        List<Population.Person> people = Population.histories(Path.of("src/test/resources/golden/check-in-histories.jsonl.gz"));
        int carePlans = 0;
        int referrals = 0;
        int asked = 0;
        for (int i = 0; i < people.size(); i += EVERY) {
            Answers answers = people.get(i).answers();
            String language = asked++ % 2 == 0 ? "en" : "es";
            String label = people.get(i).label() + " (" + language + ")";
            JsonNode api = JSON.readTree(given().header("Accept-Language", language).contentType(ContentType.JSON)
                    .body(FhirResponsesFor.API.writeValueAsString(answers)).post("/api/plans").then().statusCode(200).extract().asString());
            JsonNode bundle = JSON.readTree(given().header("Accept-Language", language).contentType(Fhir.JSON)
                    .body(responses.of(answers).toString()).post("/fhir/QuestionnaireResponse/$plan")
                    .then().statusCode(200).contentType(Fhir.JSON).header("Content-Language", language).extract().asString());
            JsonNode resource = bundle.at("/entry/0/resource");
            assertThat(bundle.at("/entry/1/resource/resourceType").asText()).as(label).isEqualTo("Provenance");
            if (api.get("status").asText().equals("REFER")) {
                referrals++;
                assertThat(resource.get("resourceType").asText()).as(label).isEqualTo("ServiceRequest");
            } else {
                carePlans++;
                assertThat(resource.get("resourceType").asText()).as(label).isEqualTo("CarePlan");
                assertThat(FhirResourcesTest.activities(resource, false)).as(label + ": the API's exercises and cooldowns, in their forms, in order")
                        .isEqualTo(exercisesAndCooldowns(api));
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(20);
        assertThat(carePlans).as("CarePlans").isPositive();
        assertThat(referrals).as("referrals").isPositive();
    }

    /** As {@link FhirResourcesTest#activities} writes them: each exercise and cooldown, with its form where it has one. */
    private static List<String> exercisesAndCooldowns(JsonNode plan) {
        List<String> activities = new ArrayList<>();
        plan.get("exercises").forEach(e -> {
            activities.add(activity(e));
            if (e.hasNonNull("cooldown")) {
                activities.add(activity(e.get("cooldown")));
            }
        });
        return activities;
    }

    private static String activity(JsonNode exercise) {
        String id = exercise.get("id").asText();
        return exercise.hasNonNull("variant") ? id + " " + FhirCodeSystems.variantCode(id, exercise.get("variant").asText()) : id;
    }
}
