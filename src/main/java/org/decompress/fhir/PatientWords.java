package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decompress.language.Messages;

/**
 * What the patient answered, as they read it: each answered question of their response in the
 * Questionnaire's words, with the option they chose as it was shown to them. Only the service's own
 * texts are used (question texts, option displays, numbers, yes/no), so nothing the request carries
 * as free text reaches the card.
 */
final class PatientWords {

    private final Map<String, String> questions = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();
    private final Messages msg;

    /** {@code questionnaire}: the Questionnaire as JSON, in the reader's language. */
    PatientWords(JsonNode questionnaire, Messages msg) {
        this.msg = msg;
        collect(questionnaire.path("item"));
    }

    /** One line per answered question, in the response's order: "Pain now (0-10): 6". */
    List<String> of(JsonNode response) {
        List<String> lines = new ArrayList<>();
        said(response.path("item"), lines);
        return lines;
    }

    private void said(JsonNode items, List<String> lines) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText();
            List<String> answers = new ArrayList<>();
            for (JsonNode answer : item.path("answer")) {
                if (answer.has("valueCoding")) {
                    String code = answer.path("valueCoding").path("code").asText();
                    answers.add(options.getOrDefault(linkId + '\u0000' + code, code));
                } else if (answer.has("valueBoolean")) {
                    answers.add(answer.path("valueBoolean").asBoolean() ? msg.cds_yes() : msg.cds_no());
                } else if (answer.has("valueInteger")) {
                    answers.add(String.valueOf(answer.path("valueInteger").asInt()));
                }
            }
            if (!answers.isEmpty() && questions.containsKey(linkId)) {
                lines.add(questions.get(linkId) + ": " + String.join(", ", answers));
            }
            said(item.path("item"), lines);
        }
    }

    private void collect(JsonNode items) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText();
            if (item.hasNonNull("text")) {
                questions.put(linkId, item.path("text").asText().strip());
            }
            for (JsonNode option : item.path("answerOption")) {
                JsonNode coding = option.path("valueCoding");
                options.put(linkId + '\u0000' + coding.path("code").asText(), coding.path("display").asText(coding.path("code").asText()));
            }
            collect(item.path("item"));
        }
    }
}
