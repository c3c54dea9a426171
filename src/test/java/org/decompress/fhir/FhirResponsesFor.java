package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.AnswerIs;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionGroup;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * The QuestionnaireResponses a FHIR client would send for a set of answers, as the tests need them:
 * the intake's response (its questions in their groups; a follow-up only when the answer it depends
 * on is given, as enableWhen shows it) and one response per check-in, in a collection Bundle.
 */
final class FhirResponsesFor {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper API = StrictJson.mapper();

    private final Questionnaire questionnaire;
    private final String base;
    private final String intake;
    private final String checkIn;

    /** {@code intake} and {@code checkIn} are the Questionnaires' canonical references, url|version. */
    FhirResponsesFor(Questionnaire questionnaire, String base, String intake, String checkIn) {
        this.questionnaire = questionnaire;
        this.base = base;
        this.intake = intake;
        this.checkIn = checkIn;
    }

    /** Responses to the service's English forms, at their current versions. */
    static FhirResponsesFor english(FhirForms forms, Questionnaire questionnaire) {
        FhirQuestionnaires.FhirQuestionnaire intake = forms.intakes().get(0);
        FhirQuestionnaires.FhirQuestionnaire checkIn = forms.checkIns().get(0);
        String base = intake.url().substring(0, intake.url().indexOf("/Questionnaire/"));
        return new FhirResponsesFor(questionnaire, base, intake.url() + "|" + intake.version(), checkIn.url() + "|" + checkIn.version());
    }

    /** The intake's response alone when there are no check-ins, else a collection Bundle of it and the check-ins' responses. */
    JsonNode of(Answers answers) {
        ObjectNode first = intake(answers);
        if (answers.checkIns() == null || answers.checkIns().isEmpty()) {
            return first;
        }
        ObjectNode bundle = NODES.objectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        entries.addObject().set("resource", first);
        for (CheckIn c : answers.checkIns()) {
            entries.addObject().set("resource", checkIn(c));
        }
        return bundle;
    }

    ObjectNode intake(Answers answers) {
        JsonNode given = API.valueToTree(answers);
        ObjectNode response = response(intake);
        ArrayNode groups = response.putArray("item");
        for (QuestionGroup group : questionnaire.groups()) {
            ArrayNode items = NODES.arrayNode();
            for (Question question : questionnaire.questionsIn(group.id())) {
                JsonNode value = safetyAnswer(question, given.get(question.id()), given);
                if (value == null || value.isNull() || value.isArray() && value.isEmpty() || !asked(question, given)) {
                    continue;
                }
                ObjectNode item = items.addObject().put("linkId", question.id());
                ArrayNode answer = item.putArray("answer");
                if (question.type() == QuestionType.MULTI_CHOICE) {
                    java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
                    value.forEach(v -> codes.add(v.asText()));
                    codes.forEach(code -> answer.addObject().set("valueCoding", coding(question.id(), code)));
                } else if (question.type() == QuestionType.SINGLE_CHOICE) {
                    answer.addObject().set("valueCoding", coding(question.id(), value.asText()));
                } else if (question.type() == QuestionType.BOOLEAN) {
                    answer.addObject().put("valueBoolean", value.asBoolean());
                } else {
                    answer.addObject().put("valueInteger", value.asInt());
                }
            }
            if (!items.isEmpty()) {
                groups.addObject().put("linkId", group.id()).set("item", items);
            }
        }
        return response;
    }

    ObjectNode checkIn(CheckIn c) {
        ObjectNode response = response(checkIn);
        ArrayNode items = response.putArray("item");
        integer(items, "week", c.week());
        integer(items, "painLevel", c.painLevel());
        integer(items, "sessionsPerWeek", c.sessionsPerWeek());
        bool(items, "nextMorningWorse", c.nextMorningWorse());
        bool(items, "legSymptomsSpreading", c.legSymptomsSpreading());
        items.addObject().put("linkId", "overall").putArray("answer").addObject()
                .set("valueCoding", NODES.objectNode().put("system", base + "/CodeSystem/overall").put("code", c.overall().name()));
        for (ExerciseCheck done : c.exercises()) {
            ObjectNode group = items.addObject().put("linkId", "exercise");
            ArrayNode inner = group.putArray("item");
            inner.addObject().put("linkId", "exerciseId").putArray("answer").addObject()
                    .set("valueCoding", NODES.objectNode().put("system", base + "/CodeSystem/exercise").put("code", done.id()));
            if (done.variant() != null) {
                inner.addObject().put("linkId", "variant").putArray("answer").addObject().put("valueString", done.variant());
            }
            integer(inner, "step", done.step());
            inner.addObject().put("linkId", "rating").putArray("answer").addObject()
                    .set("valueCoding", NODES.objectNode().put("system", base + "/CodeSystem/rating").put("code", done.rating().name()));
        }
        return response;
    }

    /**
     * What a person filling in the FHIR form answers to a safety question the API's answers leave to
     * their documented default: "none of these" for an empty list, no leg symptoms (or one leg, for the
     * version 1 painIntoLeg), able to get down to the floor.
     */
    private static JsonNode safetyAnswer(Question question, JsonNode value, JsonNode given) {
        if (!question.safety() || value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
            return value;
        }
        return switch (question.id()) {
            case "legSymptoms" -> NODES.textNode(given.path("painIntoLeg").asBoolean(false) ? "ONE_LEG" : "NONE");
            case "canGetOnFloor" -> NODES.booleanNode(true);
            default -> NODES.arrayNode().add(FhirQuestionnaires.NONE);
        };
    }

    private boolean asked(Question question, JsonNode given) {
        if (!question.followUp()) {
            return true;
        }
        for (AnswerIs condition : question.askedWhen()) {
            JsonNode answer = given.get(condition.question());
            if (answer != null && (answer.isArray() ? containsText(answer, condition.answer()) : answer.asText().equals(condition.answer()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode coding(String questionId, String code) {
        return NODES.objectNode().put("system", base + "/CodeSystem/" + FhirCodeSystems.idOf(questionId)).put("code", code);
    }

    private static ObjectNode response(String questionnaire) {
        return NODES.objectNode().put("resourceType", "QuestionnaireResponse").put("questionnaire", questionnaire).put("status", "completed")
                .put("authored", "2026-12-01T09:00:00Z");
    }

    private static void integer(ArrayNode items, String linkId, int value) {
        items.addObject().put("linkId", linkId).putArray("answer").addObject().put("valueInteger", value);
    }

    private static void bool(ArrayNode items, String linkId, boolean value) {
        items.addObject().put("linkId", linkId).putArray("answer").addObject().put("valueBoolean", value);
    }
}
