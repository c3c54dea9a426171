package org.decompress.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.decompress.questionnaire.Answers;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * A redesign proves itself by giving the same plans for the same answers. The fixture holds
 * {@value #CASES} answer sets from the property test's seeded generator, each with the JSON the
 * service gave for it when the fixture was written: one line per case, the answers' JSON, a tab, the
 * plan's JSON. The first 5,000 came from the generator of seed {@value #SEED} (before the clinical
 * review added answers); the next 5,000 from the generator with the review's answers (age, weeks of
 * pregnancy, blood pressure, a doctor's yes, the new red flags and conditions), seed
 * {@value #SECOND_SEED}; the last 5,000 from the generator with the second review's answers (the leg
 * question, a heart condition's stability, how a fall went) and consistent answers only, seed
 * {@value #THIRD_SEED}. This test asks the service again and compares byte for byte: all of them in
 * process through {@link PlanService} and the application's {@link ObjectMapper}, and the first
 * {@value #OVER_HTTP} over HTTP, to show both paths write the same bytes. An answer set the API now
 * refuses (weeks of pregnancy without pregnancy, in the first 10,000) holds the API's problem instead
 * of a plan, and is checked over HTTP.
 *
 * <p>A deliberate change of behaviour regenerates the plans, in a commit of its own whose message
 * lists each difference and why: {@code ./mvnw test -Dtest=GoldenPlansTest -Dgolden.write=true}.
 * The answer sets never change (a write keeps every one and only adds generated ones up to
 * {@value #CASES}), so the old and new fixture compare case by case. That run writes the file and then
 * fails on purpose, so a write can never pass as a check.
 */
@QuarkusTest
class GoldenPlansTest {

    static final Path FIXTURE = Path.of("src/test/resources/golden/plans.tsv.gz");
    static final long SEED = 20261124L;
    static final long SECOND_SEED = 20261201L;
    static final long THIRD_SEED = 20261203L;
    static final int CASES = 15_000;
    static final int OVER_HTTP = 50;

    @Inject
    PlanService plans;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @TestHTTPResource("/")
    URI base;

    @Test
    void theSameAnswersStillGiveByteIdenticalPlans() throws Exception {
        if (Boolean.getBoolean("golden.write")) {
            write();
            fail("Wrote " + CASES + " golden plans to " + FIXTURE + "; run again without -Dgolden.write to check them");
        }
        List<String[]> cases = GoldenPlans.cases();
        assertThat(cases).as("cases in the fixture").hasSize(CASES);
        List<String> differences = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            Answers answers = json.readValue(cases.get(i)[0], Answers.class);
            String plan;
            if (validator.validate(answers).isEmpty()) {
                plan = json.writeValueAsString(plans.plan(answers));
            } else {
                plan = refusal(client, cases.get(i)[0]);
                refused++;
            }
            if (!plan.equals(cases.get(i)[1])) {
                differences.add("case " + i + ": answers " + cases.get(i)[0] + "\n  was " + cases.get(i)[1] + "\n  now " + plan);
            }
        }
        System.out.printf("Golden plans: %d answer sets, %d plans and referrals, %d refused as the API refuses them%n", cases.size(),
                cases.size() - refused, refused);
        assertThat(differences).as("%d of %d plans differ from the fixture; first differences", differences.size(), CASES)
                .isEmpty();
        for (int i = 0; i < OVER_HTTP; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/plans"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(cases.get(i)[0])).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("case %d over HTTP", i).isIn(200, 400);
            assertThat(response.body()).as("case %d over HTTP", i).isEqualTo(cases.get(i)[1]);
        }
    }

    /** What the API answers to answers it refuses: the problem, as {@code POST /api/plans} writes it. */
    private String refusal(HttpClient client, String answers) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/plans")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("answers the validator refuses").isEqualTo(400);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void write() throws IOException {
        List<String> answerSets = new ArrayList<>();
        for (String[] kept : GoldenPlans.cases()) {
            answerSets.add(kept[0]);
        }
        Random random = new Random(answerSets.size() < 10_000 ? SECOND_SEED : THIRD_SEED);
        while (answerSets.size() < CASES) {
            answerSets.add(json.writeValueAsString(RandomAnswers.answers(random)));
        }
        HttpClient client = HttpClient.newHttpClient();
        Files.createDirectories(FIXTURE.getParent());
        try (OutputStream file = Files.newOutputStream(FIXTURE);
             Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            for (String answers : answerSets) {
                Answers read = json.readValue(answers, Answers.class);
                out.write(answers);
                out.write('\t');
                out.write(validator.validate(read).isEmpty() ? json.writeValueAsString(plans.plan(read)) : refusal(client, answers));
                out.write('\n');
            }
        }
    }
}
