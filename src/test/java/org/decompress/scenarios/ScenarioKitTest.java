package org.decompress.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.language.PlanDecisions;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.rules.Engine;
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
    static final ObjectMapper API_JSON = apiJson();
    static final ObjectMapper SCENARIO_JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static ObjectMapper apiJson() {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theKitHasAtLeastTwentyFiveScenarios() throws IOException {
        assertThat(scenarioFiles()).hasSizeGreaterThanOrEqualTo(25);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(DIRECTORY.relativize(file).toString(),
                file.toUri(), () -> run(file)));
    }

    /**
     * Every scenario again in Spanish: the same decisions as in English (status, urgency, ids and their
     * order, forms, steps, changes, rule names), every expectation met, and the words the English
     * expectations look for said in Spanish by the same rule.
     */
    @TestFactory
    Stream<DynamicTest> scenariosInSpanish() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest("es: " + DIRECTORY.relativize(file),
                file.toUri(), () -> runInSpanish(file)));
    }

    static void run(Path file) throws IOException {
        Scenario scenario = SCENARIO_JSON.readValue(file.toFile(), Scenario.class);
        assertThat(scenario.title()).as("title").isNotBlank();
        assertThat(scenario.checks()).as("checks: what it checks and its source").isNotBlank();
        assertThat(scenario.expect()).as("expect").isNotNull();
        Answers answers = API_JSON.treeToValue(scenario.answers(), Answers.class);
        assertThat(Engine.VALIDATOR.validate(answers)).as("answers the API accepts").isEmpty();

        check(scenario, Engine.plan(answers), null);
    }

    static void runInSpanish(Path file) throws IOException {
        Scenario scenario = SCENARIO_JSON.readValue(file.toFile(), Scenario.class);
        Answers answers = API_JSON.treeToValue(scenario.answers(), Answers.class);
        Plan english = Engine.plan(answers);
        Plan spanish = Engine.plan(answers, "es");
        assertThat(PlanDecisions.of(spanish)).as(scenario.title() + ": the decisions in Spanish").isEqualTo(PlanDecisions.of(english));
        check(scenario, spanish, english);
    }

    /** Checks {@code plan} against the scenario; {@code english} is the same plan in English when {@code plan} is a translation. */
    static void check(Scenario scenario, Plan plan, Plan english) {
        Scenario.Expect expect = scenario.expect();
        List<String> ids = plan.exercises().stream().map(PlanExercise::id).toList();
        List<String> ruledOut = plan.excluded().stream().map(ExcludedExercise::id).toList();
        String context = scenario.title() + " -> plan " + ids + ", ruled out " + ruledOut;

        SoftAssertions soft = new SoftAssertions();
        if (expect.status() != null) {
            soft.assertThat(plan.status().name()).as(context + ": status").isEqualTo(expect.status());
        }
        if (expect.urgency() != null) {
            soft.assertThat(plan.referral()).as(context + ": a referral").isNotNull();
            if (plan.referral() != null) {
                soft.assertThat(plan.referral().urgency().name()).as(context + ": urgency").isEqualTo(expect.urgency());
            }
        }
        if (expect.exerciseCount() != null) {
            soft.assertThat(ids).as(context + ": number of exercises").hasSize(expect.exerciseCount());
        }
        if (expect.mustInclude() != null) {
            soft.assertThat(ids).as(context + ": must include").containsAll(expect.mustInclude());
        }
        if (expect.mustExclude() != null) {
            soft.assertThat(ids).as(context + ": must not include").doesNotContainAnyElementsOf(expect.mustExclude());
        }
        if (expect.mustBeRuledOut() != null) {
            soft.assertThat(ruledOut).as(context + ": must be ruled out").containsAll(expect.mustBeRuledOut());
        }
        if (expect.firstExerciseAmong() != null) {
            soft.assertThat(ids).as(context + ": has a first exercise").isNotEmpty();
            if (!ids.isEmpty()) {
                soft.assertThat(expect.firstExerciseAmong()).as(context + ": first exercise").contains(ids.get(0));
            }
        }
        if (expect.variants() != null) {
            expect.variants().forEach((id, variant) -> soft.assertThat(plan.exercises().stream()
                            .filter(e -> e.id().equals(id)).map(PlanExercise::variant).filter(Objects::nonNull).toList())
                    .as(context + ": variant of " + id).containsExactly(variant));
        }
        if (expect.cautionsContain() != null) {
            expect.cautionsContain().forEach((id, words) -> saysInItsLanguage(soft, context + ": cautions of " + id,
                    cautionsOf(english == null ? plan : english, id), cautionsOf(plan, id), english != null, words));
        }
        if (expect.rulesApplied() != null) {
            List<String> rules = Stream.of(
                    plan.exercises().stream().flatMap(e -> e.reasons().stream()).map(r -> r.rule()),
                    plan.excluded().stream().flatMap(e -> e.reasons().stream()).map(r -> r.rule()),
                    plan.referral() == null ? Stream.<String>empty() : plan.referral().reasons().stream().map(r -> r.rule()),
                    plan.exercises().stream().filter(e -> e.changeReason() != null).map(e -> e.changeReason().rule()),
                    plan.checkIn() == null ? Stream.<String>empty() : plan.checkIn().advice().stream().map(r -> r.rule()),
                    plan.warnings().stream().map(r -> r.rule()),
                    plan.notes().stream().map(r -> r.rule()),
                    plan.exercises().stream().filter(e -> e.cooldown() != null).flatMap(e -> e.cooldown().reasons().stream()).map(r -> r.rule()))
                    .flatMap(s -> s).toList();
            soft.assertThat(rules).as(context + ": rules applied").containsAll(expect.rulesApplied());
        }
        if (expect.steps() != null) {
            expect.steps().forEach((id, step) -> soft.assertThat(plan.exercises().stream()
                    .filter(e -> e.id().equals(id)).map(PlanExercise::step).toList())
                    .as(context + ": step of " + id).containsExactly(step));
        }
        if (expect.changes() != null) {
            expect.changes().forEach((id, change) -> soft.assertThat(plan.exercises().stream()
                    .filter(e -> e.id().equals(id)).map(e -> e.change().name()).toList())
                    .as(context + ": change of " + id).containsExactly(change));
        }
        if (expect.warningsContain() != null) {
            expect.warningsContain().forEach(words -> saysInItsLanguage(soft, context + ": a warning containing '" + words + "'",
                    textsOf((english == null ? plan : english).warnings()), textsOf(plan.warnings()), english != null, words));
        }
        if (expect.notesContain() != null) {
            expect.notesContain().forEach(words -> saysInItsLanguage(soft, context + ": a note containing '" + words + "'",
                    textsOf((english == null ? plan : english).notes()), textsOf(plan.notes()), english != null, words));
        }
        if (expect.cooldownForm() != null) {
            soft.assertThat(plan.exercises()).as(context + ": exercises with a cooldown").anyMatch(e -> e.cooldown() != null);
            soft.assertThat(plan.exercises().stream().filter(e -> e.cooldown() != null)
                            .map(e -> e.cooldown().variant() == null ? "plain" : e.cooldown().variant()).distinct().toList())
                    .as(context + ": the cooldown's form").containsExactly(expect.cooldownForm());
        }
        soft.assertAll();
    }

    /**
     * Some text of {@code english} contains {@code words}; in a translation, the text at the same place
     * (the same rule's, or the same caution's) is there, and in its own words, not the English ones.
     */
    private static void saysInItsLanguage(SoftAssertions soft, String what, List<String> english, List<String> texts, boolean translated,
            String words) {
        int found = java.util.stream.IntStream.range(0, english.size()).filter(i -> english.get(i).contains(words)).findFirst().orElse(-1);
        soft.assertThat(found).as(what).isNotNegative();
        if (translated && found >= 0) {
            soft.assertThat(texts).as(what + ", translated").hasSameSizeAs(english);
            if (texts.size() == english.size()) {
                soft.assertThat(texts.get(found)).as(what + ", translated").isNotBlank().isNotEqualTo(english.get(found));
            }
        }
    }

    private static List<String> cautionsOf(Plan plan, String id) {
        return plan.exercises().stream().filter(e -> e.id().equals(id)).flatMap(e -> Stream.concat(e.cautions().stream(),
                e.cooldown() == null ? Stream.empty() : e.cooldown().cautions().stream())).toList();
    }

    private static List<String> textsOf(List<org.decompress.plan.RuleReason> reasons) {
        return reasons.stream().map(org.decompress.plan.RuleReason::text).toList();
    }
}
