package org.decompress.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.decompress.language.Language;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * The link that brings the same plan back, in the same language: the answers given, in the
 * questionnaire's order, list items sorted and once each, so that the same answers always give
 * the same link, then the check-ins, then {@code lang=}. {@link AnswersForm} reads it back.
 */
public final class PlanLink {

    private PlanLink() {
    }

    public static String of(Answers answers, Questionnaire questionnaire, ObjectMapper json, Language language) {
        String link = of(answers, questionnaire, json);
        return link + (link.indexOf('?') < 0 ? '?' : '&') + AnswersForm.LANGUAGE + "=" + language.tag();
    }

    private static String of(Answers answers, Questionnaire questionnaire, ObjectMapper json) {
        ObjectNode tree = json.valueToTree(answers);
        StringBuilder query = new StringBuilder("/plan");
        char separator = '?';
        for (Question question : questionnaire.questions()) {
            for (String item : items(tree.get(question.id()), question, json)) {
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

    /** The values a question's answer takes in the link, none when it was not answered. */
    private static List<String> items(JsonNode node, Question question, ObjectMapper json) {
        if ((node == null || node.isNull()) && question.safety() && question.type() == QuestionType.MULTI_CHOICE) {
            node = json.createArrayNode(); // no red flags or conditions: said as "none of these", so the page asks nothing again
        }
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (node.isArray() && node.isEmpty() && question.safety()) {
            items.add(AnswersForm.NONE);
        } else if (node.isArray()) {
            List<String> order = question.options().stream().map(o -> o.value()).toList();
            node.forEach(item -> items.add(item.asText()));
            items.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        } else {
            items.add(node.asText());
        }
        return items.stream().distinct().toList();
    }
}
