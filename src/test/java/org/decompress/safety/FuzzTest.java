package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * Sends generated bad bodies (valid answers with one mutation: a wrong type, an unknown value, a
 * missing or unknown field, nesting, truncation, garbage bytes…) and asserts that none gets a 5xx
 * and every refusal is a problem+json. Seeded: {@code -Dfuzz.seed=N} replays a run.
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 424242L);
    static final int COUNT = Integer.getInteger("fuzz.count", 1_500);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String[] FIELDS = {"redFlags", "conditions", "painLevel", "painIntoLeg", "bendingForward", "bendingBackward",
            "canGetOnFloor", "helperAvailable", "equipment", "sitsForLongPeriods", "maxExercises"};

    @TestHTTPResource("/")
    URI base;

    @Test
    void noGeneratedBadBodyGetsA5xx() throws Exception {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] body = mutate(random);
            HttpResponse<String> response = Http.postJson(base, body);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (response.statusCode() >= 500 || (response.statusCode() >= 400 && !problem)) {
                failures.add(response.statusCode() + " for " + new String(body, StandardCharsets.UTF_8).substring(0, Math.min(200, body.length)));
            }
        }
        System.out.printf("Fuzz: %d bodies (seed %d), statuses %s%n", COUNT, SEED, statuses);
        assertThat(failures).as("5xx answers, or refusals without problem+json").isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s < 500);
        assertThat(statuses.getOrDefault(400, 0)).as("most mutations are refused").isGreaterThan(COUNT / 2);
    }

    static byte[] mutate(Random random) throws Exception {
        ObjectNode answers = (ObjectNode) JSON.valueToTree(RandomAnswers.answers(random));
        answers.put("painLevel", random.nextInt(11));
        String field = FIELDS[random.nextInt(FIELDS.length)];
        switch (random.nextInt(12)) {
            case 0 -> answers.set(field, randomValue(random, 0));
            case 1 -> answers.set("x" + random.nextInt(1000), randomValue(random, 0));
            case 2 -> answers.remove("painLevel");
            case 3 -> answers.putArray(pick(random, "redFlags", "conditions", "equipment")).add(randomWord(random));
            case 4 -> answers.putArray(pick(random, "redFlags", "conditions", "equipment")).addNull();
            case 5 -> answers.put(pick(random, "painLevel", "maxExercises"), random.nextInt(2000) - 1000);
            case 6 -> answers.set(field, nest(randomValue(random, 0), 1 + random.nextInt(50), random));
            case 7 -> {
                byte[] bytes = JSON.writeValueAsBytes(answers);
                return java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)));
            }
            case 8 -> {
                byte[] bytes = JSON.writeValueAsBytes(answers);
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 9 -> {
                String text = JSON.writeValueAsString(answers);
                return ("{\"" + field + "\": null, " + text.substring(1)).getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                ArrayNode wrapped = NODES.arrayNode().add(answers);
                return JSON.writeValueAsBytes(random.nextBoolean() ? wrapped : randomValue(random, 0));
            }
            default -> answers.put(pick(random, "bendingForward", "bendingBackward"), randomWord(random).toLowerCase());
        }
        return JSON.writeValueAsBytes(answers);
    }

    static JsonNode randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 7 : 9)) {
            case 0 -> NODES.textNode(randomWord(random));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.numberNode(random.nextDouble() * 20 - 5);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.numberNode(new java.math.BigInteger(80, random));
            case 6 -> NODES.textNode("\u0000\uFFFF\uD83D\uDE00" + random.nextInt());
            case 7 -> NODES.arrayNode().add(randomValue(random, depth + 1)).add(randomValue(random, depth + 1));
            default -> NODES.objectNode().set(randomWord(random), randomValue(random, depth + 1));
        };
    }

    static JsonNode nest(JsonNode value, int depth, Random random) {
        JsonNode nested = value;
        for (int i = 0; i < depth; i++) {
            nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("v", nested);
        }
        return nested;
    }

    static String randomWord(Random random) {
        String[] words = {"KNEE", "knee", "BAD_BACK", "", " ", "SHOULDER ", "yes", "true", "1", "null", "<script>", "DROP TABLE", "ÄÖÜ"};
        return words[random.nextInt(words.length)];
    }

    @SafeVarargs
    static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
