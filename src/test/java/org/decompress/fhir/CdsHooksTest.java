package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.RedFlag;
import org.decompress.rules.AnswersBuilder;
import org.decompress.rules.CheckIns;
import org.junit.jupiter.api.Test;

/** CDS Hooks 2.0 contract tests, from the specification: discovery, one card per call, 412 without prefetch, no answers in a URL. */
@QuarkusTest
class CdsHooksTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirService fhir;

    @Test
    void discoveryOffersOnePatientViewServiceWithItsPrefetch() throws Exception {
        JsonNode services = JSON.readTree(given().get("/cds-services").then().statusCode(200).extract().asString()).get("services");
        assertThat(services).hasSize(1);
        JsonNode service = services.get(0);
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("id").asText()).isEqualTo("decompress-plan");
        assertThat(service.get("title").asText()).isNotBlank();
        assertThat(service.get("description").asText()).isNotBlank();
        assertThat(service.at("/prefetch/intake").asText()).isEqualTo("QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                + "https://decompress.example.org/fhir/Questionnaire/decompress-intake&status=completed&_sort=-authored&_count=1");
        assertThat(service.at("/prefetch/checkIns").asText()).contains("decompress-check-in");
    }

    @Test
    void aPlanIsAnInfoCardWhoseSuggestionCreatesTheCarePlan() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).conditions(Condition.KNEE).build();
        JsonNode card = card(request(answers, "2026-11-30T08:00:00Z"), "en");

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.get("summary").asText()).hasSizeLessThan(140).startsWith("3 safe home exercises: ");
        assertThat(card.at("/source/label").asText()).isNotBlank();
        assertThat(card.get("detail").asText()).contains("**Exercises, in order**").contains("1. **").contains("Knee problem: no kneeling");
        assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
        JsonNode action = card.at("/suggestions/0/actions/0");
        assertThat(action.get("type").asText()).isEqualTo("create");
        assertThat(action.at("/resource/resourceType").asText()).isEqualTo("CarePlan");
        assertThat(action.at("/resource/subject/reference").asText()).isEqualTo("Patient/p-123");
        assertThat(FhirResourcesTest.check("en").errors(action.get("resource").toString())).isEmpty();
        assertThat(urls(card)).as("no answers in a URL").allMatch(u -> !u.contains("?") && !u.contains("KNEE") && !u.contains("painLevel"));
    }

    @Test
    void aReferralIsWarningOrCriticalByItsUrgencyWithAServiceRequest() throws Exception {
        JsonNode emergency = card(request(AnswersBuilder.answers().painLevel(6).redFlags(RedFlag.SADDLE_NUMBNESS).build(), "2026-11-30T08:00:00Z"), "en");
        assertThat(emergency.get("indicator").asText()).isEqualTo("critical");
        assertThat(emergency.at("/suggestions/0/actions/0/resource/resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(emergency.at("/suggestions/0/actions/0/resource/priority").asText()).isEqualTo("stat");
        assertThat(FhirResourcesTest.check("en").errors(emergency.at("/suggestions/0/actions/0/resource").toString())).isEmpty();

        JsonNode soon = card(request(AnswersBuilder.answers().painLevel(4).conditions(Condition.HEART_DISEASE)
                .heartConditionStable(org.decompress.questionnaire.HeartConditionStable.NO).build(), "2026-11-30T08:00:00Z"), "es");
        assertThat(soon.get("indicator").asText()).isEqualTo("warning");
        assertThat(soon.get("summary").asText()).isEqualTo("Consulte a un médico en los próximos días");
    }

    @Test
    void checkInsComeOldestFirstAndOnlyThoseSinceTheIntake() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).build();
        ObjectNode request = request(answers, "2026-11-01T08:00:00Z");
        FhirResponsesFor responses = responses();
        ArrayNode entries = ((ObjectNode) request.get("prefetch")).putObject("checkIns").put("resourceType", "Bundle").put("type", "searchset")
                .putArray("entry");
        entries.addObject().set("resource", responses.checkIn(CheckIns.week(2).pain(8).build()).put("authored", "2026-11-15T08:00:00Z"));
        entries.addObject().set("resource", responses.checkIn(CheckIns.week(1).pain(3).build()).put("authored", "2026-11-08T08:00:00Z"));
        entries.addObject().set("resource", responses.checkIn(CheckIns.week(9).pain(3).build()).put("authored", "2026-10-01T08:00:00Z"));

        JsonNode card = card(request, "en");

        assertThat(card.get("indicator").asText()).as("pain 8 at the latest check-in: see a doctor soon").isEqualTo("warning");
    }

    @Test
    void withoutItsPrefetchTheServiceAnswers412AndNeverFetches() {
        given().contentType("application/json").body("{\"hook\": \"patient-view\", \"hookInstance\": \"x\", \"context\": {\"patientId\": \"p\"}}")
                .post("/cds-services/decompress-plan").then().statusCode(412);
        given().contentType("application/json").body("{\"hook\": \"patient-view\", \"prefetch\": {\"intake\": null}}")
                .post("/cds-services/decompress-plan").then().statusCode(412);
        given().contentType("application/json").body("{\"hook\": \"patient-view\", \"prefetch\": {\"intake\": {\"resourceType\": \"Bundle\", "
                + "\"type\": \"searchset\", \"total\": 0}}}").post("/cds-services/decompress-plan").then().statusCode(412);
        given().contentType("application/json").body("{}").post("/cds-services/no-such-service").then().statusCode(404);
    }

    JsonNode card(ObjectNode request, String language) throws Exception {
        String answer = given().header("Accept-Language", language).contentType("application/json").body(request.toString())
                .post("/cds-services/decompress-plan").then().statusCode(200).extract().asString();
        JsonNode cards = JSON.readTree(answer).get("cards");
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    ObjectNode request(Answers answers, String authored) {
        return CdsRequests.request(responses(), answers, authored);
    }

    FhirResponsesFor responses() {
        return new FhirResponsesFor(questionnaire, fhir.base(), fhir.intakeCanonical(), fhir.checkInCanonical());
    }

    static List<String> urls(JsonNode node) {
        List<String> urls = new ArrayList<>();
        if (node.isTextual() && node.asText().matches("(?s)^https?://.*")) {
            urls.add(node.asText());
        }
        node.forEach(child -> urls.addAll(urls(child)));
        return urls;
    }
}
