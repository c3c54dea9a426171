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
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.problem.BodySizeLimit;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Rating;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.RedFlag;
import org.decompress.rules.AnswersBuilder;
import org.decompress.rules.CheckIns;
import org.junit.jupiter.api.Test;

/**
 * CDS Hooks 2.0 contract tests, from the specification: discovery, one card per call, no card without
 * an intake in the prefetch, requests checked as the specification shapes them, a prefetch about
 * another patient refused, an EHR's full request (12 check-ins with narrative and meta) within the
 * body limit, every 4xx an OperationOutcome, no answers in a URL.
 */
@QuarkusTest
class CdsHooksTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirService fhir;

    @Inject
    FhirForms forms;

    @Inject
    Languages languages;

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
                + "https://decompress.example.org/fhir/Questionnaire/decompress-intake,https://decompress.example.org/fhir/Questionnaire/decompress-intake-es"
                + "&status=completed,amended&_sort=-authored&_count=1");
        assertThat(service.at("/prefetch/checkIns").asText()).contains("decompress-check-in").contains("status=completed,amended");
    }

    @Test
    void aPlanIsAnInfoCardWhoseSuggestionCreatesTheCarePlan() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).conditions(Condition.KNEE).build();
        JsonNode card = card(request(answers, "2026-11-30T08:00:00Z"), "en");

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        // Issue 27: for the clinician reading the EHR (before: "3 safe home exercises: ...", the patient's words).
        assertThat(card.get("summary").asText()).hasSizeLessThan(140).startsWith("Home exercise plan proposed, no referral: ");
        assertThat(card.at("/source/label").asText()).isNotBlank();
        assertThat(card.get("detail").asText()).contains("**Exercises, in order**").contains("1. **").contains("Knee problem: no kneeling");
        assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
        assertThat(card.get("detail").asText()).as("the patient's own answers").contains("**What the patient answered**").contains(": 4\n");
        assertThat(card.get("links")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.get("type").asText()).isEqualTo("absolute");
            assertThat(link.get("url").asText()).matches("^http://[^?]+/rules#rule-[a-z0-9-]+$");
            assertThat(link.get("label").asText()).isNotBlank();
        });
        assertThat(card.get("links")).extracting(l -> l.get("url").asText()).anyMatch(u -> u.endsWith("#rule-knee-problem-no-kneeling"));
        System.out.println("CARD FOR A CLINICIAN: " + card.toPrettyString());
        JsonNode action = card.at("/suggestions/0/actions/0");
        assertThat(action.get("type").asText()).isEqualTo("create");
        assertThat(action.at("/resource/resourceType").asText()).isEqualTo("CarePlan");
        assertThat(action.at("/resource/subject/reference").asText()).isEqualTo("Patient/p-123");
        assertThat(action.at("/resource/author/reference").asText()).as("Decompress, contained in what it proposes").isEqualTo("#decompress");
        assertThat(action.at("/resource/created").asText()).isNotBlank();
        assertThat(action.at("/resource/supportingInfo/0/reference").asText("")).as("a urn:uuid resolves only inside a Bundle").doesNotStartWith("urn:");
        assertThat(FhirResourcesTest.check("en").errors(action.get("resource").toString())).isEmpty();
        assertThat(urls(card)).as("no answers in a URL").allMatch(u -> !u.contains("?") && !u.contains("KNEE") && !u.contains("painLevel"));
    }

    /** The links of a Spanish card open the Spanish rule book, whatever the clinician's browser asks for; an English card's stay as they were. */
    @Test
    void aSpanishCardLinksToTheRuleBookInSpanishUnderSpanishTitles() throws Exception {
        ObjectNode request = request(AnswersBuilder.answers().painLevel(4).conditions(Condition.KNEE).build(), "2026-11-30T08:00:00Z");
        JsonNode spanish = card(request, "es");
        assertThat(spanish.get("links")).isNotEmpty().allSatisfy(link ->
                assertThat(link.get("url").asText()).matches("^http://[^?]+/rules\\?lang=es#rule-[a-z0-9-]+$"));
        assertThat(spanish.get("links")).filteredOn(l -> l.get("url").asText().endsWith("#rule-knee-problem-no-kneeling")).singleElement()
                .satisfies(l -> assertThat(l.get("label").asText()).isEqualTo("Problema de rodilla: nada que se haga de rodillas"));
        assertThat(urls(spanish)).as("no answers in a URL: the language is the only query").allMatch(u -> !u.contains("?") || u.matches("[^?]+\\?lang=es#[^?&]+"));

        JsonNode english = card(request, "en");
        assertThat(english.get("links")).extracting(l -> l.get("url").asText())
                .hasSameSizeAs(spanish.get("links")).allMatch(u -> u.matches("^http://[^?]+/rules#rule-[a-z0-9-]+$"));
        assertThat(english.get("links")).filteredOn(l -> l.get("url").asText().endsWith("#rule-knee-problem-no-kneeling")).singleElement()
                .satisfies(l -> assertThat(l.get("label").asText()).isEqualTo("Knee problem: no kneeling"));
        for (int i = 0; i < english.get("links").size(); i++) {
            assertThat(spanish.at("/links/" + i + "/url").asText()).as("the same rules, in the same order")
                    .isEqualTo(english.at("/links/" + i + "/url").asText().replace("/rules#", "/rules?lang=es#"));
        }
    }

    @Test
    void aReferralIsWarningOrCriticalByItsUrgencyWithAServiceRequest() throws Exception {
        JsonNode emergency = card(request(AnswersBuilder.answers().painLevel(6).redFlags(RedFlag.SADDLE_NUMBNESS).build(), "2026-11-30T08:00:00Z"), "en");
        assertThat(emergency.get("indicator").asText()).isEqualTo("critical");
        assertThat(emergency.get("summary").asText()).isEqualTo("Emergency referral proposed, assess now: Red flag: numbness around the groin or saddle area");
        assertThat(emergency.get("detail").asText()).contains("**What the patient answered**");
        System.out.println("EMERGENCY CARD: " + emergency.toPrettyString());
        assertThat(emergency.at("/suggestions/0/actions/0/resource/resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(emergency.at("/suggestions/0/actions/0/resource/priority").asText()).isEqualTo("stat");
        assertThat(FhirResourcesTest.check("en").errors(emergency.at("/suggestions/0/actions/0/resource").toString())).isEmpty();

        JsonNode soon = card(request(AnswersBuilder.answers().painLevel(4).conditions(Condition.HEART_DISEASE)
                .heartConditionStable(org.decompress.questionnaire.HeartConditionStable.NO).build(), "2026-11-30T08:00:00Z"), "es");
        assertThat(soon.get("indicator").asText()).isEqualTo("warning");
        // Issue 27: the urgency as the clinician acts on it, and the rule behind it (before: "Consulte a un médico en los próximos días").
        assertThat(soon.get("summary").asText()).startsWith("Se propone derivación al médico en pocos días: ");
        assertThat(soon.get("detail").asText()).contains("**Lo que respondió el paciente**");
    }

    /** CDS Hooks 2.0: a card's uuid identifies it for feedback; every call, card and suggestion gets its own. */
    @Test
    void everyCardAndSuggestionHasItsOwnUuidOnEveryCall() throws Exception {
        ObjectNode request = request(AnswersBuilder.answers().painLevel(4).build(), "2026-11-30T08:00:00Z");
        JsonNode first = card(request, "en");
        JsonNode second = card(request, "en");
        List<String> uuids = List.of(first.get("uuid").asText(), first.at("/suggestions/0/uuid").asText(), second.get("uuid").asText(),
                second.at("/suggestions/0/uuid").asText());
        assertThat(uuids).doesNotHaveDuplicates().allSatisfy(u -> assertThat(java.util.UUID.fromString(u).version()).isEqualTo(4));
        assertThat(first.get("summary")).isEqualTo(second.get("summary"));
    }

    @Test
    void checkInsComeOldestFirstAndOnlyThoseSinceTheIntake() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).build();
        ObjectNode request = request(answers, "2026-11-01T08:00:00Z");
        FhirResponsesFor responses = responses();
        ArrayNode entries = ((ObjectNode) request.get("prefetch")).putObject("checkIns").put("resourceType", "Bundle").put("type", "searchset")
                .putArray("entry");
        entries.addObject().set("resource", CdsRequests.about(responses.checkIn(CheckIns.week(2).pain(8).build()).put("authored", "2026-11-15T08:00:00Z")));
        entries.addObject().set("resource", CdsRequests.about(responses.checkIn(CheckIns.week(1).pain(3).build()).put("authored", "2026-11-08T08:00:00Z")));
        entries.addObject().set("resource", CdsRequests.about(responses.checkIn(CheckIns.week(9).pain(3).build()).put("authored", "2026-10-01T08:00:00Z")));

        JsonNode card = card(request, "en");

        assertThat(card.get("indicator").asText()).as("pain 8 at the latest check-in: see a doctor soon").isEqualTo("warning");
    }

    /** CDS Hooks 2.0: "no data" is a 200 with no card; the service never fetches what the prefetch lacks. Before issue 27: 412. */
    @Test
    void withoutAnIntakeInThePrefetchThereIsNoCard() throws Exception {
        String start = "{\"hook\": \"patient-view\", \"hookInstance\": \"x\", \"context\": {\"patientId\": \"p\"}";
        for (String body : List.of(start + "}", start + ", \"prefetch\": null}", start + ", \"prefetch\": {\"intake\": null}}",
                start + ", \"prefetch\": {\"intake\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 0}}}")) {
            String answer = given().contentType("application/json").body(body).post("/cds-services/decompress-plan").then().statusCode(200)
                    .extract().asString();
            assertThat(JSON.readTree(answer)).as(body).isEqualTo(JSON.readTree("{\"cards\": []}"));
        }
        outcome(given().contentType("application/json").body("{}").post("/cds-services/no-such-service"), 404, "application/json");
    }

    @Test
    void aRequestThatIsNotACdsHooksCallForThisServiceIs400() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).build();
        assertThat(issue(cds("{nope"), 400).get("code").asText()).isEqualTo("invalid");
        assertThat(issue(cds("[]"), 400).get("code").asText()).isEqualTo("invalid");
        assertThat(issue(cds(""), 400).get("code").asText()).isEqualTo("invalid");
        ObjectNode noHook = request(answers, "2026-11-30T08:00:00Z");
        noHook.remove("hook");
        assertThat(issue(cds(noHook.toString()), 400).at("/expression/0").asText()).isEqualTo("hook");
        assertThat(issue(cds(request(answers, "2026-11-30T08:00:00Z").put("hook", "order-select").toString()), 400).get("diagnostics").asText())
                .contains("patient-view");
        ObjectNode noInstance = request(answers, "2026-11-30T08:00:00Z");
        noInstance.remove("hookInstance");
        assertThat(issue(cds(noInstance.toString()), 400).at("/expression/0").asText()).isEqualTo("hookInstance");
        ObjectNode noPatient = request(answers, "2026-11-30T08:00:00Z");
        ((ObjectNode) noPatient.get("context")).remove("patientId");
        assertThat(issue(cds(noPatient.toString()), 400).at("/expression/0").asText()).isEqualTo("context.patientId");
        ObjectNode noContext = request(answers, "2026-11-30T08:00:00Z");
        noContext.remove("context");
        assertThat(issue(cds(noContext.toString()), 400).at("/expression/0").asText()).isEqualTo("context.patientId");
    }

    /** A prefetched response about anyone but context.patientId is refused (400), never used; an absolute reference to the patient is theirs. */
    @Test
    void aPrefetchedResponseAboutAnotherPatientIsRefused() throws Exception {
        Answers answers = AnswersBuilder.answers().painLevel(4).build();
        ObjectNode otherIntake = request(answers, "2026-11-30T08:00:00Z");
        ((ObjectNode) otherIntake.at("/prefetch/intake/entry/0/resource/subject")).put("reference", "Patient/999");
        JsonNode issue = issue(cds(otherIntake.toString()), 400);
        assertThat(issue.at("/expression/0").asText()).isEqualTo("prefetch.intake.entry[0].resource.subject");
        assertThat(issue.get("code").asText()).isEqualTo("business-rule");

        ObjectNode noSubject = request(answers, "2026-11-30T08:00:00Z");
        ((ObjectNode) noSubject.at("/prefetch/intake/entry/0/resource")).remove("subject");
        assertThat(issue(cds(noSubject.toString()), 400).at("/expression/0").asText()).isEqualTo("prefetch.intake.entry[0].resource.subject");

        ObjectNode otherCheckIn = request(answers, "2026-11-01T08:00:00Z");
        ObjectNode checkIn = CdsRequests.about(responses().checkIn(CheckIns.week(1).pain(9).build()).put("authored", "2026-11-08T08:00:00Z"));
        ((ObjectNode) checkIn.get("subject")).put("reference", "Patient/999");
        ((ObjectNode) otherCheckIn.get("prefetch")).set("checkIns", checkIn);
        assertThat(issue(cds(otherCheckIn.toString()), 400).at("/expression/0").asText()).isEqualTo("prefetch.checkIns.subject");

        ObjectNode absolute = request(answers, "2026-11-30T08:00:00Z");
        ((ObjectNode) absolute.at("/prefetch/intake/entry/0/resource/subject")).put("reference", "https://ehr.clinic.example/fhir/Patient/p-123/_history/4");
        card(absolute, "en");
    }

    /**
     * The request an EHR sends for a patient with an intake and 12 check-ins, each response as it
     * stores it (narrative, meta, identifier): answered with a card, and the same responses as a
     * Bundle to $plan answered with a plan. Its size is printed (the body limit is sized from it).
     */
    @Test
    void anEhrsRequestWithAnIntakeAnd12StoredCheckInsIsAnswered() throws Exception {
        Language english = languages.defaultLanguage();
        JsonNode intakeForm = JSON.valueToTree(forms.intake(english));
        JsonNode checkInForm = JSON.valueToTree(forms.checkIn(english));
        Answers answers = AnswersBuilder.answers().painLevel(4).conditions(Condition.KNEE).build();
        var plan = fhir.planOf(answers, english);
        ObjectNode request = request(answers, "2026-09-01T08:00:00Z");
        CdsRequests.stored((ObjectNode) request.at("/prefetch/intake/entry/0/resource"), intakeForm, 0);
        ObjectNode search = ((ObjectNode) request.get("prefetch")).putObject("checkIns").put("resourceType", "Bundle").put("type", "searchset");
        search.put("total", 12);
        ArrayNode entries = search.putArray("entry");
        ObjectNode bundle = JsonNodeFactory.instance.objectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode collection = bundle.putArray("entry");
        collection.addObject().set("resource", request.at("/prefetch/intake/entry/0/resource"));
        for (int week = 12; week >= 1; week--) {
            ObjectNode checkIn = CdsRequests.about(responses().checkIn(CheckIns.week(week).pain(3).rated(plan, Rating.JUST_RIGHT).build()));
            checkIn.put("authored", String.format("2026-%02d-%02dT08:00:00Z", 9 + (week * 7 + 1) / 31, 1 + (week * 7 + 1) % 31));
            CdsRequests.stored(checkIn, checkInForm, week);
            entries.addObject().put("fullUrl", "https://ehr.clinic.example/fhir/QuestionnaireResponse/" + checkIn.get("id").asText())
                    .set("resource", checkIn);
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            collection.addObject().set("resource", entries.get(i).get("resource"));
        }
        int bytes = request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.printf("EHR request: intake + 12 stored check-ins = %d bytes (%.1f KiB); the limit on /cds-services and /fhir is %d KiB%n",
                bytes, bytes / 1024.0, BodySizeLimit.FHIR_MAX_BYTES / 1024);
        assertThat(bytes).as("an EHR's request is over the JSON API's limit").isGreaterThan((int) BodySizeLimit.MAX_BYTES / 2);
        assertThat(bytes * 3L).as("and well under the clinical paths' limit").isLessThan(BodySizeLimit.FHIR_MAX_BYTES);
        assertThat(card(request, "en").get("indicator").asText()).isEqualTo("info");
        given().contentType(Fhir.JSON).body(bundle.toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200);
    }

    /** Whatever goes wrong on /cds-services or /fhir, a clinical system reads an OperationOutcome: 404, 405, 406, 413, 415. */
    @Test
    void every4xxOnTheClinicalPathsIsAnOperationOutcome() throws Exception {
        outcome(given().get("/cds-services/decompress-plan"), 405, "application/json");
        outcome(given().contentType("text/plain").body("hello").post("/cds-services/decompress-plan"), 415, "application/json");
        String huge = "{\"hook\": \"patient-view\", \"padding\": \"" + "x".repeat((int) BodySizeLimit.FHIR_MAX_BYTES) + "\"}";
        JsonNode large = outcome(given().contentType("application/json").body(huge).post("/cds-services/decompress-plan"), 413, "application/json");
        assertThat(large.at("/issue/0/diagnostics").asText()).contains("256 KiB");
        assertThat(large.at("/issue/0/code").asText()).isEqualTo("too-long");
        outcome(given().contentType(Fhir.JSON).body(huge).post("/fhir/QuestionnaireResponse/$plan"), 413, Fhir.JSON);
        outcome(given().accept("text/html").get("/fhir/metadata"), 406, Fhir.JSON);
        outcome(given().delete("/fhir/metadata"), 405, Fhir.JSON);
        outcome(given().get("/fhir/Patient/1"), 404, Fhir.JSON);
    }

    JsonNode outcome(io.restassured.response.Response response, int status, String mediaType) throws Exception {
        String answer = response.then().statusCode(status).contentType(mediaType).extract().asString();
        JsonNode outcome = JSON.readTree(answer);
        assertThat(outcome.get("resourceType").asText()).as(answer).isEqualTo("OperationOutcome");
        assertThat(FhirResourcesTest.check("en").errors(answer)).as("the OperationOutcome validates").isEmpty();
        return outcome;
    }

    io.restassured.response.Response cds(String body) {
        return given().contentType("application/json").body(body).post("/cds-services/decompress-plan");
    }

    JsonNode issue(io.restassured.response.Response response, int status) throws Exception {
        JsonNode outcome = outcome(response, status, "application/json");
        assertThat(outcome.get("issue")).hasSize(1);
        return outcome.get("issue").get(0);
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
        return FhirResponsesFor.english(forms, questionnaire);
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
