package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.decompress.plan.GoldenPlans;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanService;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.scenario.ScenarioKit;
import org.junit.jupiter.api.Test;

/**
 * Every FHIR resource the service writes passes HAPI FHIR's validator with no error: the
 * CapabilityStatement, the OperationDefinition, both Questionnaires (in English and Spanish), every
 * CodeSystem and ConceptMap, and the Bundles $plan returns for {@value #GOLDEN} golden answer sets and every scenario
 * case (plans and referrals, with and without check-ins), whose responses pass too. And $plan decides
 * exactly what POST /api/plans decides for the same answers.
 */
@QuarkusTest
class FhirResourcesTest {

    static final int GOLDEN = 300;
    static final List<String> CODE_SYSTEMS = FhirCheck.CODE_SYSTEMS;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Questionnaire questionnaire;

    @Inject
    PlanService plans;

    @Inject
    FhirService fhir;

    @Inject
    FhirForms forms;

    static FhirCheck check(String language) {
        return FhirCheck.ofService(language);
    }

    static String get(String path, String language) {
        boolean english = path.contains("metadata") || path.contains("OperationDefinition") || path.contains("StructureDefinition")
                || path.contains("/CodeSystem/") || path.contains("/ConceptMap/");
        return given().header("Accept-Language", language).get(path).then().statusCode(200).contentType(Fhir.JSON)
                .header("Content-Language", english ? "en" : language).extract().asString();
    }

    @Test
    void theConformanceResourcesQuestionnairesAndCodeSystemsValidate() {
        List<String> errors = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            FhirCheck check = check(language);
            String form = language.equals("en") ? "" : "-" + language;
            List<String> paths = new ArrayList<>(FhirDisplayTest.CONFORMANCE);
            paths.addAll(List.of("/fhir/Questionnaire/decompress-intake" + form, "/fhir/Questionnaire/decompress-check-in" + form));
            for (String path : paths) {
                check.errorsAndWarnings(get(path, language)).forEach(e -> errors.add(language + " " + path + ": " + e));
            }
            for (String id : CODE_SYSTEMS) {
                check.errorsAndWarnings(get("/fhir/CodeSystem/" + id, language)).forEach(e -> errors.add(language + " CodeSystem/" + id + ": " + e));
            }
            for (String id : FhirCheck.CONCEPT_MAPS) {
                check.errorsAndWarnings(get("/fhir/ConceptMap/" + id, language)).forEach(e -> errors.add(language + " ConceptMap/" + id + ": " + e));
            }
        }
        System.out.printf("FHIR validator: 2 languages x (CapabilityStatement, OperationDefinition, StructureDefinition, 2 Questionnaires, %d CodeSystems, "
                + "%d ConceptMaps): %d errors and warnings%n", CODE_SYSTEMS.size(), FhirCheck.CONCEPT_MAPS.size(), errors.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void theQuestionnaireIsTheOneDefinitionInFhirShape() throws Exception {
        JsonNode intake = JSON.readTree(get("/fhir/Questionnaire/decompress-intake", "en"));
        JsonNode spanish = JSON.readTree(get("/fhir/Questionnaire/decompress-intake-es", "es"));

        assertThat(intake.get("url").asText()).isEqualTo("https://decompress.example.org/fhir/Questionnaire/decompress-intake");
        assertThat(spanish.get("url").asText()).as("its own canonical: one url|version, one text")
                .isEqualTo("https://decompress.example.org/fhir/Questionnaire/decompress-intake-es");
        assertThat(spanish.get("version")).as("the same questions, the same version").isEqualTo(intake.get("version"));
        assertThat(spanish.get("title").asText()).isNotEqualTo(intake.get("title").asText());
        List<String> groups = new ArrayList<>();
        List<String> linkIds = new ArrayList<>();
        intake.get("item").forEach(g -> {
            groups.add(g.get("linkId").asText());
            assertThat(g.get("type").asText()).isEqualTo("group");
            g.get("item").forEach(q -> {
                if (!q.get("type").asText().equals("display")) {
                    linkIds.add(q.get("linkId").asText());
                }
            });
        });
        assertThat(groups).containsExactlyElementsOf(questionnaire.groups().stream().map(g -> g.id()).toList());
        assertThat(linkIds).containsExactlyElementsOf(questionnaire.questions().stream().map(q -> q.id()).toList());
        assertThat(intake.toString()).contains("\"linkId\":\"painLevel\",\"code\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\","
                + "\"display\":\"Pain severity - 0-10 verbal numeric rating [Score] - Reported\"}],\"text\":\"How bad is your back pain right now?\",\"type\":\"integer\",\"required\":true")
                .contains("\"enableWhen\":[{\"question\":\"conditions\",\"operator\":\"=\",\"answerCoding\":{\"system\":\"https://decompress.example.org/fhir/CodeSystem/condition\",\"code\":\"PREGNANCY\"")
                .contains("\"enableBehavior\":\"any\"").contains("\"code\":\"check-box\"").contains("\"code\":\"radio-button\"").contains("\"code\":\"help\"");
    }

    @Test
    void planForGoldenAnswerSetsAndEveryScenarioCaseValidatesAndDecidesAsTheApi() throws Exception {
        List<Answers> people = new ArrayList<>();
        List<String[]> golden = GoldenPlans.cases();
        ObjectMapper api = org.decompress.problem.StrictJson.mapper();
        for (int i = 0; i < golden.size(); i += golden.size() / GOLDEN) {
            people.add(api.readValue(golden.get(i)[0], Answers.class));
        }
        ScenarioKit.read(java.nio.file.Path.of("scenarios")).forEach(c -> people.add(ScenarioKit.answers(c.scenario())));
        List<org.decompress.rulebook.Population.Person> histories = org.decompress.rulebook.Population.histories(
                java.nio.file.Path.of("src/test/resources/golden/check-in-histories.jsonl.gz"));
        for (int i = 0; i < histories.size(); i += 6) {
            people.add(histories.get(i).answers());
        }
        // The answer sets a person can give on the FHIR form: valid answers (the API refuses the others), and a blood
        // pressure reading only with the high blood pressure it follows (the form asks it only then; the JSON API also
        // reads it untied, as high blood pressure).
        people.removeIf(a -> !org.decompress.rules.Engine.VALIDATOR.validate(a).isEmpty()
                || a.bloodPressureControlled() != null && (a.conditions() == null
                        || !a.conditions().contains(org.decompress.questionnaire.Condition.HIGH_BLOOD_PRESSURE)));
        FhirResponsesFor responses = responses();
        List<String> errors = new ArrayList<>();
        int carePlans = 0;
        int referrals = 0;
        int withCheckIns = 0;
        int forms = 0;
        for (int i = 0; i < people.size(); i++) {
            Answers answers = people.get(i);
            String language = i % 5 == 0 ? "es" : "en";
            JsonNode request = responses.of(answers);
            String response = given().header("Accept-Language", language).contentType(Fhir.JSON).body(request.toString())
                    .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).contentType(Fhir.JSON).extract().asString();
            String label = "person " + i + " (" + language + ")";
            check(language).errorsAndWarnings(response).forEach(e -> errors.add(label + " Bundle: " + e));
            if ("Bundle".equals(request.get("resourceType").asText())) {
                withCheckIns++;
                request.get("entry").forEach(e -> check(language).errors(e.get("resource").toString()).forEach(x -> errors.add(label + " response: " + x)));
            } else {
                check(language).errors(request.toString()).forEach(x -> errors.add(label + " response: " + x));
            }
            Plan expected = plans.plan(answers);
            JsonNode resource = JSON.readTree(response).at("/entry/0/resource");
            assertThat(check(language).messages(resource.toString())).as(label + ": a narrative, on the resource and its author")
                    .noneMatch(m -> m.contains("dom-6"));
            assertThat(resource.at("/text/status").asText()).as(label).isEqualTo("generated");
            assertThat(resource.at("/text/div").asText()).as(label).startsWith(FhirDisplayTest.XHTML);
            assertTraced(JSON.readTree(response), "Bundle".equals(request.get("resourceType").asText()) ? request.at("/entry/0/resource") : request, label);
            if (expected.status() == PlanStatus.REFER) {
                referrals++;
                assertThat(resource.get("resourceType").asText()).as(label).isEqualTo("ServiceRequest");
                assertThat(resource.get("priority").asText()).as(label).isEqualTo(FhirPlans.priorityOf(expected.referral().urgency()));
                List<String> notes = new ArrayList<>();
                resource.get("note").forEach(n -> notes.add(n.get("text").asText()));
                assertThat(notes).as(label + ": a referral carries its advice and the plan's own disclaimers, no exercise advice")
                        .hasSize(1 + expected.disclaimers().size()).doesNotContainAnyElementsOf(exerciseAdvice(language));
                if (language.equals("en")) {
                    assertThat(notes).as(label).containsExactlyElementsOf(
                            java.util.stream.Stream.concat(java.util.stream.Stream.of(expected.referral().advice()), expected.disclaimers().stream()).toList());
                }
            } else {
                carePlans++;
                assertThat(resource.get("resourceType").asText()).as(label).isEqualTo("CarePlan");
                assertThat(activities(resource, false)).as(label + ": the same exercises and cooldowns, in the same forms, in the same order")
                        .isEqualTo(expectedActivities(expected));
                forms += (int) activities(resource, false).stream().filter(a -> a.contains(" ")).count();
                assertThat(activities(resource, true)).as(label + ": the same exercises ruled out")
                        .isEqualTo(expected.excluded().stream().map(x -> x.id()).toList());
            }
        }
        System.out.printf("FHIR validator: %d $plan Bundles (%d CarePlans, %d ServiceRequests, %d with check-ins) (errors and warnings) and their responses (errors): %d;"
                + " %d activities with a form, each as the API's%n", people.size(), carePlans, referrals, withCheckIns, errors.size(), forms);
        assertThat(errors).isEmpty();
        assertThat(carePlans).isPositive();
        assertThat(referrals).isPositive();
        assertThat(withCheckIns).isPositive();
        assertThat(forms).as("activities whose form was compared").isPositive();
    }

    /**
     * The plan says when, by what and from which response it was made: created (authoredOn), its
     * author the contained Device naming Decompress and its version, and supportingInfo the intake
     * response, carried in the Bundle under that urn:uuid when it has no id.
     */
    static void assertTraced(JsonNode bundle, JsonNode intake, String label) {
        JsonNode resource = bundle.at("/entry/0/resource");
        boolean carePlan = resource.get("resourceType").asText().equals("CarePlan");
        assertThat(resource.path(carePlan ? "created" : "authoredOn").asText()).as(label).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(resource.at(carePlan ? "/author/reference" : "/requester/reference").asText()).as(label).isEqualTo("#decompress");
        assertThat(resource.at("/contained/0/resourceType").asText()).as(label).isEqualTo("Device");
        assertThat(resource.at("/contained/0/deviceName/0/name").asText()).as(label).isEqualTo("Decompress");
        assertThat(resource.at("/contained/0/version/0/value").asText()).as(label)
                .isEqualTo(org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.application.version", String.class)).isNotBlank();
        String source = resource.at("/supportingInfo/0/reference").asText();
        if (intake.hasNonNull("id")) {
            assertThat(source).as(label).isEqualTo("QuestionnaireResponse/" + intake.get("id").asText());
            assertThat(bundle.at("/entry/1/resource/entity/0/what/reference").asText()).as(label + ": the Provenance's source").isEqualTo(source);
        } else {
            assertThat(resource.has("supportingInfo")).as(label + ": a response without an id is neither referenced nor carried").isFalse();
            assertThat(bundle.at("/entry/1/resource").has("entity")).as(label).isFalse();
        }
        assertThat(bundle.get("entry")).as(label + ": the resource and its Provenance, nothing of the sender's").hasSize(2);
        JsonNode provenance = bundle.at("/entry/1/resource");
        assertThat(provenance.get("resourceType").asText()).as(label).isEqualTo("Provenance");
        assertThat(provenance.at("/target/0/reference").asText()).as(label).isEqualTo(bundle.at("/entry/0/fullUrl").asText());
        assertThat(provenance.get("recorded").asText()).as(label).isEqualTo(resource.path(carePlan ? "created" : "authoredOn").asText());
        assertThat(provenance.at("/agent/0/who/reference").asText()).as(label).isEqualTo("#decompress");
        assertThat(provenance.at("/contained/0/version/0/value").asText()).as(label).isEqualTo(resource.at("/contained/0/version/0/value").asText());
        assertThat(provenance.at("/policy/0").asText()).as(label).matches("nih:sha-256;[0-9a-f]{64}");
    }

    @Test
    void aResponseWithAnIdIsReferencedByItAndNotCarriedAgain() throws Exception {
        List<String[]> golden = GoldenPlans.cases();
        ObjectMapper api = org.decompress.problem.StrictJson.mapper();
        int checked = 0;
        for (int i = 0; i < golden.size() && checked < 2; i++) {
            Answers answers = api.readValue(golden.get(i)[0], Answers.class);
            if (!org.decompress.rules.Engine.VALIDATOR.validate(answers).isEmpty() || answers.bloodPressureControlled() != null) {
                continue;
            }
            JsonNode request = responses().of(answers);
            if (!request.get("resourceType").asText().equals("QuestionnaireResponse")) {
                continue;
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) request).put("id", "intake-" + i);
            String response = given().contentType(Fhir.JSON).body(request.toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200)
                    .extract().asString();
            assertTraced(JSON.readTree(response), request, "golden " + i);
            assertThat(check("en").errors(response)).as("golden " + i).isEmpty();
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    /** The exercise disclaimers ("start with a small, light stretch"...) in {@code language}, as the rule book words them. */
    static List<String> exerciseAdvice(String language) {
        java.util.Properties words = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("messages/rules_" + language + ".properties"))) {
            words.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> advice = words.stringPropertyNames().stream().filter(k -> k.matches("exercise-disclaimers-go-with-every-plan\\.\\d+"))
                .map(words::getProperty).toList();
        assertThat(advice).as(language).hasSize(4);
        return advice;
    }

    /**
     * Each activity as its exercise's code, and its form's code after a space when it has one: the exercise
     * is the activity's only coding, the form the exercise-variant extension.
     */
    static List<String> activities(JsonNode carePlan, boolean notToDo) {
        List<String> codes = new ArrayList<>();
        carePlan.get("activity").forEach(a -> {
            JsonNode detail = a.get("detail");
            if (detail.path("doNotPerform").asBoolean(false) == notToDo) {
                assertThat(detail.at("/code/coding").size()).as("the exercise, one coding").isEqualTo(1);
                StringBuilder activity = new StringBuilder(detail.at("/code/coding/0/code").asText());
                detail.path("extension").forEach(x -> {
                    assertThat(x.get("url").asText()).endsWith("/StructureDefinition/exercise-variant");
                    activity.append(' ').append(x.at("/valueCodeableConcept/coding/0/code").asText());
                });
                codes.add(activity.toString());
            }
        });
        return codes;
    }

    static List<String> expectedActivities(Plan plan) {
        List<String> codes = new ArrayList<>();
        for (PlanExercise e : plan.exercises()) {
            codes.add(e.variant() == null ? e.id() : e.id() + " " + FhirCodeSystems.variantCode(e.id(), e.variant()));
            if (e.cooldown() != null) {
                String cooldown = e.cooldown().id();
                codes.add(e.cooldown().variant() == null ? cooldown : cooldown + " " + FhirCodeSystems.variantCode(cooldown, e.cooldown().variant()));
            }
        }
        return codes;
    }

    FhirResponsesFor responses() {
        return FhirResponsesFor.english(forms, questionnaire);
    }
}
