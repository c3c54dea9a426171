package org.decompress.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.decompress.problem.FieldIssue;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * A form's answers as the JSON that {@code POST /api/plans} reads, so that the page's answers go
 * through exactly the same strict reading: each value as its question's type where it has that
 * shape, else as the text sent (the strict reading then names the field). What cannot be placed at
 * all (a field no question has, one answer given twice) is a problem, named by field.
 */
final class FormJson {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private FormJson() {
    }

    /** The JSON of the form's answers; the problems found on the way are added to {@code problems}. */
    static ObjectNode of(AnswersForm form, Questionnaire questionnaire, ObjectMapper strictJson, List<FieldIssue> problems) {
        ObjectNode json = strictJson.createObjectNode();
        Map<String, List<String>> values = form.values();
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (CheckInForm.owns(entry.getKey()) || entry.getKey().equals(AnswersForm.LANGUAGE)) {
                continue;
            }
            if (Answers.NOT_ASKED_BY_THE_QUESTIONNAIRE.contains(entry.getKey())) {
                // An answer the page no longer asks (painIntoLeg from an older link): the question that replaced it is asked instead.
                continue;
            }
            Optional<Question> question = questionnaire.question(entry.getKey());
            if (question.isEmpty()) {
                problems.add(FieldIssue.of(entry.getKey(), "not-a-question"));
                continue;
            }
            put(json, question.get(), entry.getKey(), entry.getValue(), problems);
        }
        if (form.hasNewCheckIn() && values.containsKey(CheckInForm.FLAGS)) {
            // Red flags ticked at a check-in join those of the first answers: they hold from now on.
            ArrayNode flags = json.has("redFlags") ? (ArrayNode) json.get("redFlags") : json.putArray("redFlags");
            values.get(CheckInForm.FLAGS).forEach(flags::add);
        }
        return json;
    }

    private static void put(ObjectNode json, Question question, String name, List<String> given, List<FieldIssue> problems) {
        if (question.safety() && question.type() == QuestionType.MULTI_CHOICE && given.contains(AnswersForm.NONE)) {
            if (given.stream().anyMatch(v -> !v.equals(AnswersForm.NONE))) {
                problems.add(FieldIssue.of(name, "none-and-others"));
            } else {
                json.putArray(name);
            }
            return;
        }
        if (question.type() != QuestionType.MULTI_CHOICE && given.size() > 1) {
            problems.add(FieldIssue.of(name, "given-twice"));
            return;
        }
        String first = given.get(0);
        switch (question.type()) {
            case MULTI_CHOICE -> {
                ArrayNode list = json.putArray(name);
                given.forEach(list::add);
            }
            case BOOLEAN -> {
                if (first.equals("true") || first.equals("false")) {
                    json.put(name, Boolean.parseBoolean(first));
                } else {
                    json.put(name, first);
                }
            }
            case INTEGER -> {
                if (WHOLE_NUMBER.matcher(first).matches()) {
                    json.put(name, Integer.parseInt(first));
                } else {
                    json.put(name, first);
                }
            }
            case SINGLE_CHOICE -> json.put(name, first);
        }
    }
}
