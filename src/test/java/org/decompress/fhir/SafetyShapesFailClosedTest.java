package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.decompress.plan.PlanService;
import org.decompress.plan.PlanStatus;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.RedFlag;
import org.decompress.rules.AnswersBuilder;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * A safety answer in a wrong shape never counts as "no": for people who must be referred, every safety
 * item is mutated in shape (a list that is a string, null, a number or an object; an answer that is not
 * a list or not an object; two values in one answer; the item left out; "none of these" beside a sign;
 * a lower-case code; a field given twice), in FHIR and in the JSON API, and no mutation may turn the
 * referral into a plan: each is refused (400) or still a referral.
 */
@QuarkusTest
class SafetyShapesFailClosedTest {

    static final ObjectMapper JSON = StrictJson.mapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> SAFETY_FIELDS = List.of("redFlags", "conditions", "legSymptoms", "canGetOnFloor");

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirService fhir;

    @Inject
    FhirForms forms;

    @Inject
    PlanService plans;

    /** People who must be referred: every red flag alone, the referring conditions and answers, and generated referrals. */
    List<Answers> referrals() {
        List<Answers> people = new ArrayList<>();
        for (RedFlag flag : RedFlag.values()) {
            AnswersBuilder answers = AnswersBuilder.answers().painLevel(4).redFlags(flag);
            people.add(flag == RedFlag.PREGNANCY_BLEEDING_OR_CONTRACTIONS ? answers.conditions(Condition.PREGNANCY).build() : answers.build());
        }
        people.add(AnswersBuilder.answers().painLevel(4).conditions(Condition.CHEST_PAIN).build());
        people.add(AnswersBuilder.answers().painLevel(4).conditions(Condition.PREGNANCY, Condition.PREGNANCY_COMPLICATION).build());
        people.add(AnswersBuilder.answers().painLevel(4).conditions(Condition.HEART_DISEASE).heartConditionStable(HeartConditionStable.NO).build());
        people.add(AnswersBuilder.answers().painLevel(4).legSymptoms(LegSymptoms.BOTH_LEGS_NEW_OR_WORSE).build());
        people.add(AnswersBuilder.answers().painLevel(4).age(14).build());
        Random random = new Random(20261203L);
        while (people.size() < 60) {
            Answers answers = RandomAnswers.answers(random);
            if (plans.plan(answers).status() == PlanStatus.REFER && (answers.bloodPressureControlled() == null || answers.conditions() != null
                    && answers.conditions().contains(Condition.HIGH_BLOOD_PRESSURE))) {
                people.add(answers);
            }
        }
        people.forEach(a -> assertThat(plans.plan(a).status()).as("a person who must be referred").isEqualTo(PlanStatus.REFER));
        return people;
    }

    @Test
    void noShapeOfAFhirSafetyItemTurnsAReferralIntoAPlan() {
        FhirResponsesFor responses = FhirResponsesFor.english(forms, questionnaire);
        List<String> plansMade = new ArrayList<>();
        int mutations = 0;
        int refused = 0;
        for (Answers person : referrals()) {
            ObjectNode intake = responses.intake(person);
            for (Question question : questionnaire.questions()) {
                if (!question.safety()) {
                    continue;
                }
                for (Consumer<ObjectNode> mutation : fhirMutations(question)) {
                    ObjectNode mutated = intake.deepCopy();
                    mutation.accept(mutated);
                    Response response = given().contentType(Fhir.JSON).body(mutated.toString()).post("/fhir/QuestionnaireResponse/$plan");
                    mutations++;
                    if (response.statusCode() == 400) {
                        refused++;
                        assertThat(response.jsonPath().getString("resourceType")).isEqualTo("OperationOutcome");
                        continue;
                    }
                    assertThat(response.statusCode()).as("a mutation is refused or planned, never a 5xx").isEqualTo(200);
                    String made = response.jsonPath().getString("entry[0].resource.resourceType");
                    if (!"ServiceRequest".equals(made)) {
                        plansMade.add(question.id() + ": " + mutated);
                    }
                }
            }
        }
        System.out.printf("Safety shapes in FHIR: %d mutations of safety items, %d refused (400), the rest still referrals%n", mutations, refused);
        assertThat(plansMade).as("mutations that turned a referral into a plan").isEmpty();
        assertThat(mutations).isGreaterThan(1_000);
    }

    @Test
    void noShapeOfAJsonSafetyFieldTurnsAReferralIntoAPlan() throws Exception {
        List<String> plansMade = new ArrayList<>();
        int mutations = 0;
        int refused = 0;
        for (Answers person : referrals()) {
            ObjectNode answers = JSON.valueToTree(person);
            for (String field : SAFETY_FIELDS) {
                for (String body : jsonMutations(answers, field)) {
                    Response response = given().contentType("application/json").body(body).post("/api/plans");
                    mutations++;
                    if (response.statusCode() == 400) {
                        refused++;
                        assertThat(response.contentType()).startsWith("application/problem+json");
                        continue;
                    }
                    assertThat(response.statusCode()).as("a mutation is refused or planned, never a 5xx").isEqualTo(200);
                    if (!"REFER".equals(response.jsonPath().getString("status"))) {
                        plansMade.add(field + ": " + body);
                    }
                }
            }
        }
        System.out.printf("Safety shapes in JSON: %d mutations of safety fields, %d refused (400), the rest still referrals%n", mutations, refused);
        assertThat(plansMade).as("mutations that turned a referral into a plan").isEmpty();
        assertThat(refused).as("most shapes are refused").isGreaterThan(mutations / 2);
    }

    /** The wrong shapes of one safety item of an intake response. */
    private List<Consumer<ObjectNode>> fhirMutations(Question question) {
        String id = question.id();
        String system = fhir.base() + "/CodeSystem/" + FhirCodeSystems.idOf(id);
        List<Consumer<ObjectNode>> mutations = new ArrayList<>();
        for (JsonNode wrong : List.of(NODES.textNode("none"), NODES.nullNode(), NODES.numberNode(0), NODES.objectNode().put("linkId", id),
                NODES.booleanNode(false))) {
            mutations.add(r -> group(r, question.group()).set("item", wrong));
            mutations.add(r -> item(r, question).set("answer", wrong));
            mutations.add(r -> answers(r, question).set(0, wrong));
        }
        mutations.add(r -> group(r, question.group()).withArray("item").removeAll());
        mutations.add(r -> r.withArray("item").removeAll());
        mutations.add(r -> r.remove("item"));
        mutations.add(r -> item(r, question).remove("answer"));
        mutations.add(r -> answers(r, question).removeAll());
        mutations.add(r -> ((ObjectNode) answers(r, question).get(0)).put("valueBoolean", false).put("valueString", "NONE"));
        mutations.add(r -> {
            JsonNode coding = answers(r, question).get(0).path("valueCoding");
            if (coding instanceof ObjectNode c) {
                c.put("code", c.path("code").asText().toLowerCase(Locale.ROOT));
            } else {
                ((ObjectNode) answers(r, question).get(0)).put("valueBoolean", "true");
            }
        });
        mutations.add(r -> answers(r, question).addObject().set("valueCoding", NODES.objectNode().put("system", system).put("code", "NONE")));
        mutations.add(r -> group(r, question.group()).withArray("item").addObject().put("linkId", id).putArray("answer").addObject()
                .set("valueCoding", NODES.objectNode().put("system", system).put("code", "NONE")));
        mutations.add(r -> answers(r, question).addObject().set("valueCoding", NODES.objectNode().put("system", "urn:other").put("code", "NONE")));
        return mutations;
    }

    /** The wrong shapes of one safety field of the JSON answers, as raw bodies. */
    private static List<String> jsonMutations(ObjectNode answers, String field) throws Exception {
        JsonNode value = answers.path(field);
        JsonNode first = value.isArray() && !value.isEmpty() ? value.get(0) : value.isMissingNode() ? NODES.textNode("NONE") : value;
        List<JsonNode> shapes = new ArrayList<>(List.of(NODES.textNode(first.asText()), NODES.numberNode(1), NODES.booleanNode(false),
                NODES.objectNode().set(first.asText(), NODES.booleanNode(true)), NODES.arrayNode().add(NODES.arrayNode().add(first)),
                NODES.textNode("NONE"), NODES.arrayNode().add("NONE"), NODES.textNode(first.asText().toLowerCase(Locale.ROOT)),
                NODES.arrayNode().add(first.asText().toLowerCase(Locale.ROOT)), NODES.textNode(""), NODES.arrayNode().add("")));
        if (field.equals("legSymptoms")) {
            shapes.remove(NODES.textNode("NONE")); // a value it may really have: another answer, not another shape
        }
        List<String> bodies = new ArrayList<>();
        for (JsonNode shape : shapes) {
            ObjectNode mutated = answers.deepCopy();
            mutated.set(field, shape);
            bodies.add(JSON.writeValueAsString(mutated));
        }
        // The field given twice, the second time as nothing: a reader taking the last one would read "no".
        String text = JSON.writeValueAsString(answers);
        String empty = field.equals("canGetOnFloor") ? "true" : field.equals("legSymptoms") ? "\"NONE\"" : "[]";
        bodies.add(text.substring(0, text.length() - 1) + ", \"" + field + "\": " + empty + "}");
        return bodies;
    }

    private static ObjectNode group(ObjectNode response, String groupId) {
        for (JsonNode group : response.withArray("item")) {
            if (group.path("linkId").asText().equals(groupId)) {
                return (ObjectNode) group;
            }
        }
        throw new AssertionError("no group " + groupId);
    }

    private static ObjectNode item(ObjectNode response, Question question) {
        for (JsonNode item : group(response, question.group()).withArray("item")) {
            if (item.path("linkId").asText().equals(question.id())) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no item " + question.id());
    }

    private static ArrayNode answers(ObjectNode response, Question question) {
        return item(response, question).withArray("answer");
    }
}
