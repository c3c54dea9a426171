package org.decompress.rulebook;

import java.util.List;
import java.util.Map;

/**
 * How often each rule fired when the project was built: for how many of the golden answer sets (every
 * rule of the build is listed, 0 when it fired for none), which scenario cases exercise it (the
 * rule fires for the case's answers), and, for each circumstance of the decision table, the rules that
 * decide it (those that fire for the row's person and not for the baseline person). Written by
 * {@code RuleBookCounter} (a build tool in src/tools) to {@value #RESOURCE}, read by the rule book.
 */
public record RuleCounts(String fingerprint, int goldenAnswerSets, int scenarioCases, Map<String, Integer> goldenFirings,
        Map<String, List<String>> scenarios, Map<String, String> scenarioTitles, Map<String, List<String>> circumstances) {

    public static final String RESOURCE = "rules/rule-book.json";

    public int goldenFirings(String rule) {
        return goldenFirings.getOrDefault(rule, 0);
    }

    /** The rules that decide a circumstance of the decision table, by its row id; none for a row the build did not know. */
    public List<String> rulesDeciding(String circumstance) {
        return circumstances == null ? List.of() : circumstances.getOrDefault(circumstance, List.of());
    }

    public List<String> scenariosOf(String rule) {
        return scenarios.getOrDefault(rule, List.of());
    }
}
