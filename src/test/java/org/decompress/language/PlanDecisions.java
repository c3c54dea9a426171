package org.decompress.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a plan decides, without its words: status, urgency, exercise ids and their order, forms,
 * steps, changes, roles, what was ruled out, and every rule's name, in order. A plan must decide the
 * same in every language.
 */
public final class PlanDecisions {

    /** JSON fields that are identifiers or codes, never translated (rule names are identifiers: they stay English). */
    public static final Set<String> NOT_FOR_READING = Set.of("id", "rule", "change", "role", "stretch", "variant", "status", "urgency",
            "type", "field", "group", "question", "answer", "value", "family", "intensity", "position", "movements", "equipment",
            "gentleVariant", "default");

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private PlanDecisions() {
    }

    public static JsonNode of(Object plan) {
        JsonNode copy = plan instanceof JsonNode node ? node.deepCopy() : JSON.valueToTree(plan);
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> words = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                boolean text = value.isTextual() || value.isArray() && !value.isEmpty() && value.get(0).isTextual();
                if (text && !NOT_FOR_READING.contains(field.getKey())) {
                    words.add(field.getKey());
                }
            });
            object.remove(words);
        }
        node.forEach(PlanDecisions::strip);
    }
}
