package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/** The same answers give the same plan, byte for byte, whatever the order of fields and list items. */
@QuarkusTest
class DeterminismTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void sameAnswersInAnyOrderGiveTheSameBytes() throws Exception {
        Random random = new Random(7);
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            ObjectNode answers = (ObjectNode) JSON.valueToTree(RandomAnswers.answers(random));
            HttpResponse<String> first = Http.postJson(base, JSON.writeValueAsBytes(answers));
            assertThat(first.statusCode()).isEqualTo(200);
            for (int permutation = 0; permutation < 3; permutation++) {
                HttpResponse<String> again = Http.postJson(base, JSON.writeValueAsBytes(reordered(answers, random)));
                assertThat(again.body()).as("answers %s", i).isEqualTo(first.body());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(900);
    }

    /** The same answers: fields in another order, every list shuffled. */
    static ObjectNode reordered(ObjectNode answers, Random random) {
        List<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = answers.fields(); it.hasNext(); ) {
            fields.add(it.next());
        }
        Collections.shuffle(fields, random);
        ObjectNode copy = JSON.createObjectNode();
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : fields) {
            if (field.getValue() instanceof ArrayNode list) {
                List<com.fasterxml.jackson.databind.JsonNode> items = new ArrayList<>();
                list.forEach(items::add);
                Collections.shuffle(items, random);
                copy.putArray(field.getKey()).addAll(items);
            } else {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }
}
