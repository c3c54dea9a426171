package org.decompress.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.decompress.language.PlanDecisions;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.Answers;
import org.decompress.rules.Engine;
import org.decompress.scenario.Scenario;
import org.decompress.scenario.ScenarioKit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file below {@code scenarios/} (or {@code -Dscenarios.dir=...}) against the real
 * rules and catalog: clinicians add a case without writing Java. The answers are read exactly as
 * the API reads them, so a scenario cannot use an answer the API would refuse.
 */
class ScenarioKitTest {

    static final Path DIRECTORY = Path.of(System.getProperty("scenarios.dir", "scenarios"));

    static List<ScenarioKit.Case> cases() {
        return ScenarioKit.read(DIRECTORY);
    }

    @Test
    void theKitHasAtLeastTwentyFiveScenarios() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.path(), DIRECTORY.resolve(c.path()).toUri(), () -> run(c.scenario())));
    }

    /**
     * Every scenario again in Spanish: the same decisions as in English (status, urgency, ids and their
     * order, forms, steps, changes, rule names), every expectation met, and the words the English
     * expectations look for said in Spanish by the same rule.
     */
    @TestFactory
    Stream<DynamicTest> scenariosInSpanish() {
        return cases().stream().map(c -> DynamicTest.dynamicTest("es: " + c.path(), DIRECTORY.resolve(c.path()).toUri(),
                () -> runInSpanish(c.scenario())));
    }

    static void run(Scenario scenario) {
        assertThat(scenario.title()).as("title").isNotBlank();
        assertThat(scenario.checks()).as("checks: what it checks and its source").isNotBlank();
        assertThat(scenario.expect()).as("expect").isNotNull();
        Answers answers = ScenarioKit.answers(scenario);
        assertThat(Engine.VALIDATOR.validate(answers)).as("answers the API accepts").isEmpty();
        assertThat(ScenarioKit.failures(scenario, Engine.plan(answers))).isEmpty();
    }

    static void runInSpanish(Scenario scenario) {
        Answers answers = ScenarioKit.answers(scenario);
        Plan english = Engine.plan(answers);
        Plan spanish = Engine.plan(answers, "es");
        assertThat(PlanDecisions.of(spanish)).as(scenario.title() + ": the decisions in Spanish").isEqualTo(PlanDecisions.of(english));
        assertThat(ScenarioKit.failures(scenario, spanish, english)).isEmpty();
    }
}
