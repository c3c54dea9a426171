package org.decompress.rulebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.decompress.engine.PrecompiledRules;
import org.decompress.engine.RuleText;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.scenario.ScenarioKit;

/**
 * Run by the build (pom.xml, phase {@code process-classes}, after the rules are compiled): fires the
 * built rules for every golden answer set and every scenario case, and writes how often each rule
 * fired to {@value RuleCounts#RESOURCE} in the classes, for the rule book.
 *
 * <p>Arguments: the golden fixture, the scenario kit's folder, the classes folder.
 */
public final class RuleBookCounter {

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private RuleBookCounter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RuleBookCounter GOLDEN_FIXTURE SCENARIOS_FOLDER CLASSES_FOLDER");
        }
        long start = System.nanoTime();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        RuleCounts counts = count(RuleSet.fromClasspath(loader), Population.golden(Path.of(args[0])), ScenarioKit.read(Path.of(args[1])),
                DecisionTable.fromClasspath(loader), PrecompiledRules.fromClasspath(loader).orElseThrow().fingerprint());
        Path out = Path.of(args[2]).resolve(RuleCounts.RESOURCE);
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), counts);
        System.out.printf("[INFO] Rule book: %d rules, %d fire for some of %d golden answer sets, %d exercised by %d scenario cases, %d ms%n",
                counts.goldenFirings().size(), counts.goldenFirings().values().stream().filter(n -> n > 0).count(), counts.goldenAnswerSets(),
                counts.scenarios().size(), counts.scenarioCases(), (System.nanoTime() - start) / 1_000_000);
    }

    static RuleCounts count(RuleSet rules, List<Population.Person> golden, List<ScenarioKit.Case> cases, Optional<DecisionTable> table,
            String fingerprint) {
        Map<String, AtomicInteger> firings = new ConcurrentHashMap<>();
        Parallel.map(golden, person -> rules.plan(person.answers()).firedRules())
                .forEach(fired -> fired.forEach(rule -> firings.computeIfAbsent(rule, r -> new AtomicInteger()).incrementAndGet()));
        Map<String, List<String>> scenarios = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (ScenarioKit.Case c : cases) {
            titles.put(c.path(), c.scenario().title());
            for (String rule : rules.plan(ScenarioKit.answers(c.scenario())).firedRules()) {
                scenarios.computeIfAbsent(rule, r -> new ArrayList<>()).add(c.path());
            }
        }
        Map<String, Integer> counted = new TreeMap<>();
        rules.rules().forEach(rule -> counted.put(rule.name(), 0));
        firings.forEach((rule, n) -> counted.put(rule, n.get()));
        return new RuleCounts(fingerprint, golden.size(), cases.size(), counted, scenarios, titles,
                table.map(t -> deciding(rules, t)).orElse(Map.of()));
    }

    /** For each circumstance but the baseline, the rules that fire for its person and not for the baseline person, in the files' order. */
    static Map<String, List<String>> deciding(RuleSet rules, DecisionTable table) {
        Set<String> baseline = fired(rules, table, table.row(DecisionTable.BASELINE).orElseThrow());
        Map<String, List<String>> deciding = new TreeMap<>();
        for (DecisionTable.Row row : table.rows()) {
            if (!row.id().equals(DecisionTable.BASELINE)) {
                Set<String> fired = fired(rules, table, row);
                deciding.put(row.id(), rules.rules().stream().map(RuleText::name).filter(r -> fired.contains(r) && !baseline.contains(r)).toList());
            }
        }
        return deciding;
    }

    private static Set<String> fired(RuleSet rules, DecisionTable table, DecisionTable.Row row) {
        try {
            return rules.plan(StrictJson.mapper().treeToValue(table.answersOf(row), Answers.class)).firedRules();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DecisionTable.RESOURCE + ", " + row.id() + ": " + e.getOriginalMessage(), e);
        }
    }
}
