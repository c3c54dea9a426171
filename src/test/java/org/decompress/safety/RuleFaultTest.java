package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule that throws while evaluating: a clear 500 problem naming the rule, a log line naming the
 * rule and not the answers, and the service keeps serving everyone else.
 */
@QuarkusTest
@TestProfile(RuleFaultTest.RulesWithAFaultyOne.class)
class RuleFaultTest {

    static final String FAULTY_RULE = "Test: a rule that throws for pain level 9";

    /** The real rules, copied to a temporary folder, plus one rule that throws. */
    public static class RulesWithAFaultyOne implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path folder = RulesFolder.copyOfTheRules("rules-with-a-fault");
                Files.writeString(folder.resolve("faulty.drl"), """
                        package rules;
                        import org.decompress.questionnaire.Assessment;
                        rule "%s"
                            ruleflow-group "exclusion"
                        when
                            Assessment( painLevel == 9 )
                        then
                            throw new IllegalStateException("deliberate fault");
                        end
                        """.formatted(FAULTY_RULE));
                return Map.of("decompress.rules.directory", folder.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aThrowingRuleGivesAClearErrorAndALogLineNamingTheRuleNotTheAnswers() {
        String answers = "{\"painLevel\": 9, \"conditions\": [\"GLAUCOMA\", \"PREGNANCY\"], \"redFlags\": []}";
        HttpResponse<String> response;
        List<String> lines;
        try (LogCapture capture = new LogCapture()) {
            response = Http.postJson(base, answers.getBytes(StandardCharsets.UTF_8));
            lines = capture.lines();
        }

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Rule fault\"").contains(FAULTY_RULE)
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("GLAUCOMA");
        assertThat(lines).anyMatch(line -> line.contains(FAULTY_RULE) && line.contains("deliberate fault"));
        assertThat(lines).noneMatch(line -> line.contains("GLAUCOMA") || line.contains("PREGNANCY") || line.contains("painLevel"));
    }

    @Test
    void everyoneTheFaultyRuleDoesNotTouchStillGetsAPlan() {
        HttpResponse<String> response = Http.postJson(base, "{\"painLevel\": 4}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"PLAN\"");
    }
}
