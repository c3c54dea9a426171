package org.decompress.rulebook;

import org.decompress.engine.RuleText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.decompress.engine.RuleFiles;
import org.decompress.scenario.ScenarioKit;
import org.junit.jupiter.api.Test;

/**
 * Coverage as a guard: every rule is exercised by at least one case of the scenario kit (it fires
 * for the case's answers), so that a clinician's case shows what each rule is for. A rule that no
 * case exercises fails this test with its name; write the case, with its source.
 */
class RuleCoverageTest {

    /**
     * Safety nets that no answers reach with the shipped rules and catalog, each with why and where it
     * is shown to work instead. The test fails if one of them becomes reachable (take it off this list
     * and write its case) or if any other rule joins them.
     */
    static final Map<String, String> SAFETY_NETS = Map.of(
            "No safe cooldown: see a physiotherapist",
            "fires only if rules rule out every form of the cooldown, which no shipped rule does for any answers (the check-in form and the "
                    + "API refuse the cooldown as a reported exercise); WrappingRulesTest.aRuledOutCooldownTurnsThePlanIntoAReferral shows it firing with such a rule");

    static final RuleSet RULES = RuleSet.fromClasspath(RuleCoverageTest.class.getClassLoader());
    static final List<ScenarioKit.Case> CASES = ScenarioKit.read(Path.of("scenarios"));

    @Test
    void everyRuleIsExercisedByAScenarioCase() {
        Set<String> exercised = new TreeSet<>();
        for (ScenarioKit.Case c : CASES) {
            exercised.addAll(RULES.plan(ScenarioKit.answers(c.scenario())).firedRules());
        }
        List<String> rules = RuleText.of(RuleFiles.fromDirectory(Path.of("rules"))).stream().map(RuleText::name).toList();
        List<String> uncovered = rules.stream().filter(r -> !exercised.contains(r) && !SAFETY_NETS.containsKey(r)).toList();

        RuleCounts built = RuleBook.readCounts(getClass().getClassLoader()).orElseThrow();
        long inGolden = built.goldenFirings().values().stream().filter(n -> n > 0).count();
        System.out.printf("Rule coverage: %d rules; %d exercised by the %d scenario cases; %d fire for some of the %,d golden answer sets%n",
                rules.size(), rules.stream().filter(exercised::contains).count(), CASES.size(), inGolden, built.goldenAnswerSets());

        assertThat(uncovered).as("rules no scenario case exercises: write a case for each, with its source").isEmpty();
        assertThat(SAFETY_NETS.keySet()).as("safety nets are rules of the rule files").allMatch(rules::contains)
                .as("a safety net that a case now exercises is no longer one: take it off the list").noneMatch(exercised::contains);
        SAFETY_NETS.keySet().forEach(net -> assertThat(built.goldenFirings(net)).as(net + " in the golden answer sets").isZero());
    }

    @Test
    void theBuildsCountsAreForTheseRulesAndThisKit() {
        RuleCounts built = RuleBook.readCounts(getClass().getClassLoader()).orElseThrow();

        assertThat(built.fingerprint()).isEqualTo(RuleFiles.fingerprint(RuleFiles.fromDirectory(Path.of("rules"))));
        assertThat(built.goldenAnswerSets()).as("the golden answer sets the API accepts")
                .isEqualTo(Population.golden(Path.of("src/test/resources/golden/plans.tsv.gz")).size()).isGreaterThan(10_000);
        assertThat(built.scenarioCases()).isEqualTo(CASES.size());
        assertThat(built.goldenFirings().keySet()).as("every rule counted, 0 when it fired for none")
                .containsExactlyInAnyOrderElementsOf(RULES.rules().stream().map(RuleText::name).toList());
        assertThat(built.goldenFirings("Red flag: numbness around the groin or saddle area")).isPositive();
        assertThat(built.goldenFirings("Dosing: one step up when nothing holds it back")).as("golden sets have no check-ins").isZero();
    }
}
