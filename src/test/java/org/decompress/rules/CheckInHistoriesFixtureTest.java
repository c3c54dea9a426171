package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.decompress.testkit.RandomAnswers;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanStatus;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.rulebook.Population;
import org.junit.jupiter.api.Test;

/**
 * The fixed, seeded check-in histories that bin/rule-impact measures a rule change on, beside the
 * golden answer sets: {@value #HISTORIES} people from the property test's generator, each followed
 * through 2 to 7 check-ins (fewer when one refers) on the plans the rules gave when the fixture was written. The histories
 * never change with the rules (a history is answers, not plans); write them again only on purpose:
 * {@code ./mvnw test -Dtest=CheckInHistoriesFixtureTest -Dhistories.write=true}.
 */
class CheckInHistoriesFixtureTest {

    static final Path FIXTURE = Path.of("src/test/resources/golden/check-in-histories.jsonl.gz");
    static final long SEED = 20261201L;
    static final int HISTORIES = 300;

    @Test
    void theHistoriesAreValidAnswersWithTheirCheckIns() throws Exception {
        if (Boolean.getBoolean("histories.write")) {
            write();
            fail("Wrote " + HISTORIES + " check-in histories to " + FIXTURE + "; run again without -Dhistories.write to check them");
        }
        List<Population.Person> people = Population.histories(FIXTURE);
        assertThat(people.stream().filter(p -> p.label().endsWith("check-in 1")).count()).as("histories").isEqualTo(HISTORIES);
        assertThat(people).as("plans after a check-in").hasSizeGreaterThan(2 * HISTORIES);
        for (Population.Person person : people) {
            assertThat(Engine.VALIDATOR.validate(person.answers())).as(person.label()).isEmpty();
        }
    }

    private static void write() throws Exception {
        ObjectMapper json = StrictJson.mapper();
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>();
        while (lines.size() < HISTORIES) {
            Answers first = RandomAnswers.answers(random);
            Plan plan = Engine.plan(first);
            if (plan.status() != PlanStatus.PLAN) {
                continue;
            }
            List<CheckIn> history = new ArrayList<>();
            int length = 2 + random.nextInt(6);
            for (int k = 0; k < length && plan.status() == PlanStatus.PLAN; k++) {
                history.add(RandomAnswers.checkIn(random, plan, history));
                plan = Engine.plan(first.withCheckIns(List.copyOf(history)));
            }
            lines.add(json.writeValueAsString(first.withCheckIns(List.copyOf(history))));
        }
        Files.createDirectories(FIXTURE.getParent());
        try (OutputStream file = Files.newOutputStream(FIXTURE);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
