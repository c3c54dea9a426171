package org.decompress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.decompress.language.Language;
import org.decompress.problem.FieldIssue;
import org.decompress.problem.FieldProblems;
import org.decompress.problem.JsonProblems;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * The questionnaire's answers as they arrive in a link or a plain form ({@code ?painLevel=4&conditions=KNEE}),
 * read through exactly the same strict JSON reading and validation as {@code POST /api/plans}.
 * Remembers what was sent so that a form with a mistake comes back filled in.
 */
public final class AnswersForm {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    /** The language of the page ({@code lang=es}); not an answer, so the form leaves it to the page. */
    public static final String LANGUAGE = "lang";

    /**
     * "None of these", the explicit answer a safety question with a list asks for (the page pre-fills
     * no safety answer, so none ticked is not the same as "none of these"): it stands for an empty list.
     */
    public static final String NONE = "NONE";

    private final Map<String, List<String>> values;

    private AnswersForm(Map<String, List<String>> values) {
        this.values = values;
    }

    public static AnswersForm empty() {
        return new AnswersForm(Map.of());
    }

    /** Empty values count as not answered (an empty number field, for example). */
    public static AnswersForm of(Map<String, List<String>> query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            List<String> given = list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!given.isEmpty()) {
                values.put(name, given);
            }
        });
        return new AnswersForm(values);
    }

    /** The same form without the fields of a new check-in (this form itself when it has none). */
    public AnswersForm withoutNewCheckIn() {
        if (!CheckInForm.present(values)) {
            return this;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>(values);
        kept.keySet().removeIf(name -> CheckInForm.owns(name) && !name.equals(CheckInCodec.PARAMETER));
        return new AnswersForm(kept);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Whether the box or radio button {@code value} of question {@code id} is checked; unanswered radios
     * show their default, except a follow-up's (it is sent only when the person answers it) and a safety
     * question's (the person answers it; nothing safety-relevant is pre-filled).
     */
    public boolean checked(Question question, String value) {
        List<String> given = values.get(question.id());
        if (given == null) {
            return question.type() != QuestionType.MULTI_CHOICE && !question.followUp() && !question.safety()
                    && String.valueOf(question.defaultValue()).equals(value);
        }
        return given.contains(value);
    }

    /** The check-ins the link carried, encoded as in the link, oldest first. */
    public List<String> checkInLinks() {
        return values.getOrDefault(CheckInCodec.PARAMETER, List.of());
    }

    public String value(String id) {
        List<String> given = values.get(id);
        return given == null ? "" : given.get(0);
    }

    /** Either the answers or, for each bad field, what is wrong with it; {@code newCheckIn} when the check-in form was sent. */
    public record Result(Optional<Answers> answers, List<FieldIssue> problems, boolean newCheckIn) {

        Result(Optional<Answers> answers, List<FieldIssue> problems) {
            this(answers, problems, false);
        }
    }

    public Result read(Questionnaire questionnaire, ObjectMapper strictJson, Validator validator) {
        ObjectNode json = strictJson.createObjectNode();
        List<FieldIssue> problems = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.safety() && !values.containsKey(question.id())) {
                problems.add(FieldIssue.of(question.id(), question.type() == QuestionType.MULTI_CHOICE ? "please-tick" : "please-answer"));
            }
        }
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (CheckInForm.owns(entry.getKey()) || entry.getKey().equals(LANGUAGE)) {
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
            List<String> given = entry.getValue();
            if (question.get().safety() && question.get().type() == QuestionType.MULTI_CHOICE && given.contains(NONE)) {
                if (given.stream().anyMatch(v -> !v.equals(NONE))) {
                    problems.add(FieldIssue.of(entry.getKey(), "none-and-others"));
                } else {
                    json.putArray(entry.getKey());
                }
                continue;
            }
            if (question.get().type() != QuestionType.MULTI_CHOICE && given.size() > 1) {
                problems.add(FieldIssue.of(entry.getKey(), "given-twice"));
                continue;
            }
            String first = given.get(0);
            switch (question.get().type()) {
                case MULTI_CHOICE -> {
                    ArrayNode list = json.putArray(entry.getKey());
                    given.forEach(list::add);
                }
                case BOOLEAN -> {
                    if (first.equals("true") || first.equals("false")) {
                        json.put(entry.getKey(), Boolean.parseBoolean(first));
                    } else {
                        json.put(entry.getKey(), first);
                    }
                }
                case INTEGER -> {
                    if (WHOLE_NUMBER.matcher(first).matches()) {
                        json.put(entry.getKey(), Integer.parseInt(first));
                    } else {
                        json.put(entry.getKey(), first);
                    }
                }
                case SINGLE_CHOICE -> json.put(entry.getKey(), first);
            }
        }
        boolean newCheckIn = CheckInForm.present(values);
        if (newCheckIn && values.containsKey(CheckInForm.FLAGS)) {
            // Red flags ticked at a check-in join those of the first answers: they hold from now on.
            ArrayNode flags = json.has("redFlags") ? (ArrayNode) json.get("redFlags") : json.putArray("redFlags");
            values.get(CheckInForm.FLAGS).forEach(flags::add);
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        Answers answers;
        try {
            answers = strictJson.treeToValue(json, Answers.class);
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), JsonProblems.of(e).issues());
        }
        List<CheckIn> checkIns = new ArrayList<>();
        List<String> links = values.getOrDefault(CheckInCodec.PARAMETER, List.of());
        for (int i = 0; i < links.size(); i++) {
            int index = i;
            CheckInCodec.decode(links.get(i)).ifPresentOrElse(checkIns::add,
                    () -> problems.add(FieldIssue.of("checkIns[" + index + "]", "not-a-check-in")));
        }
        if (newCheckIn) {
            CheckInForm.read(values, problems).ifPresent(checkIns::add);
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        answers = answers.withCheckIns(checkIns);
        List<FieldIssue> violations = FieldProblems.of(validator.validate(answers));
        return violations.isEmpty() ? new Result(Optional.of(answers), List.of(), newCheckIn) : new Result(Optional.empty(), violations);
    }

    /**
     * The language the link asks for: its first {@code lang=}. A language switch is a button in the page's
     * header, before the form whose answers it sends, and a browser sends a form's fields in the order of
     * the page: the switch's language comes before the form's own hidden one.
     */
    public Optional<String> language() {
        List<String> given = values.get(LANGUAGE);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /**
     * The link that brings the same plan back, in the same language: the answers given, in the
     * questionnaire's order, list items sorted and once each, so that the same answers always give
     * the same link, then the check-ins, then {@code lang=}.
     */
    public static String linkOf(Answers answers, Questionnaire questionnaire, ObjectMapper json, Language language) {
        String link = linkOf(answers, questionnaire, json);
        return link + (link.indexOf('?') < 0 ? '?' : '&') + LANGUAGE + "=" + language.tag();
    }

    private static String linkOf(Answers answers, Questionnaire questionnaire, ObjectMapper json) {
        ObjectNode tree = json.valueToTree(answers);
        StringBuilder query = new StringBuilder("/plan");
        char separator = '?';
        for (Question question : questionnaire.questions()) {
            var node = tree.get(question.id());
            if ((node == null || node.isNull()) && question.safety() && question.type() == QuestionType.MULTI_CHOICE) {
                node = json.createArrayNode(); // no red flags or conditions: said as "none of these", so the page asks nothing again
            }
            if (node == null || node.isNull()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            if (node.isArray() && node.isEmpty() && question.safety()) {
                items.add(NONE);
            } else if (node.isArray()) {
                List<String> order = question.options().stream().map(o -> o.value()).toList();
                node.forEach(item -> items.add(item.asText()));
                items.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
            } else {
                items.add(node.asText());
            }
            for (String item : items.stream().distinct().toList()) {
                query.append(separator).append(question.id()).append('=').append(URLEncoder.encode(item, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        // The codec writes only letters, digits and - . : ~, none of which needs escaping in a query.
        for (CheckIn checkIn : answers.checkInsOrEmpty()) {
            query.append(separator).append(CheckInCodec.PARAMETER).append('=').append(CheckInCodec.encode(checkIn));
            separator = '&';
        }
        return query.toString();
    }
}
