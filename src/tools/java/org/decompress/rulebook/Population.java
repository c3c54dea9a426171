package org.decompress.rulebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.scenario.ScenarioKit;

/**
 * The people a rule change is measured on: the golden answer sets (src/test/resources/golden/plans.tsv.gz),
 * a fixed set of seeded check-in histories (check-in-histories.jsonl.gz beside it; every history gives
 * one person per check-in, the plan after it) and the scenario kit's cases.
 */
public final class Population {

    private static final ObjectMapper ANSWERS = StrictJson.mapper();

    /** One person: where they come from ({@code golden 17}, {@code history 4, check-in 2}, {@code scenarios/falls/x.json}) and their answers. */
    public record Person(String kind, String label, Answers answers) {
    }

    private Population() {
    }

    /**
     * The golden answer sets the API accepts, in the fixture's order (the first column of each line; a
     * line whose answer is the API's problem, {@code "type":"about:blank"}, holds answers it refuses and
     * is left out). The label is the line's number in the fixture.
     */
    public static List<Person> golden(Path fixture) {
        List<Person> people = new ArrayList<>();
        List<String> lines = lines(fixture);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            if (!line.startsWith("{\"type\":\"about:blank\"", tab + 1)) {
                people.add(new Person("golden", "golden " + i, read(line.substring(0, tab))));
            }
        }
        return people;
    }

    /** Each history's first answers with its first check-in, then its first two, and so on. */
    public static List<Person> histories(Path fixture) {
        List<Person> people = new ArrayList<>();
        List<String> lines = lines(fixture);
        for (int h = 0; h < lines.size(); h++) {
            Answers whole = read(lines.get(h));
            for (int k = 1; k <= whole.checkIns().size(); k++) {
                people.add(new Person("history", "history " + h + ", check-in " + k, whole.withCheckIns(List.copyOf(whole.checkIns().subList(0, k)))));
            }
        }
        return people;
    }

    public static List<Person> scenarios(List<ScenarioKit.Case> cases) {
        return cases.stream().map(c -> new Person("scenario", c.path(), ScenarioKit.answers(c.scenario()))).toList();
    }

    private static Answers read(String json) {
        try {
            return ANSWERS.readValue(json, Answers.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("answers that the API would refuse: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(Path gzip) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gzip)), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(gzip + ": " + e.getMessage(), e);
        }
    }
}
