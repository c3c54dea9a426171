package org.decompress.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.RuleReason;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;

/**
 * The scenario kit ({@code scenarios/}): clinicians' cases, each with answers exactly as the API takes
 * them and what the plan must show. Read here, checked against a plan here: by the tests, by the rule
 * book (which cases exercise a rule) and by {@code bin/rule-impact} (which cases an edit breaks).
 */
public final class ScenarioKit {

    /** Strict: an unknown key in a case is an error, so a misspelt expectation cannot pass by checking nothing. */
    private static final ObjectMapper SCENARIO_JSON = StrictJson.forDataFiles();
    private static final ObjectMapper API_JSON = StrictJson.mapper();

    /** One case of the kit: its path below the kit's folder, and what it says. */
    public record Case(String path, Scenario scenario) {
    }

    private ScenarioKit() {
    }

    /** Every case below {@code folder}, by path. */
    public static List<Case> read(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Case> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                cases.add(new Case(folder.relativize(file).toString().replace('\\', '/'), read(file, file.toString())));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario read(Path file, String name) throws IOException {
        try {
            return SCENARIO_JSON.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The case's answers, read exactly as the API reads them (so a case cannot use an answer the API would refuse). */
    public static Answers answers(Scenario scenario) {
        try {
            return API_JSON.treeToValue(scenario.answers(), Answers.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(scenario.title() + ": answers the API would refuse: " + e.getMessage(), e);
        }
    }

    /** What {@code plan} gets wrong against the case, one sentence each; empty when it meets every expectation. */
    public static List<String> failures(Scenario scenario, Plan plan) {
        return failures(scenario, plan, null);
    }

    /**
     * As {@link #failures(Scenario, Plan)}, for a plan in another language than English: {@code english}
     * is the same plan in English. The words an expectation looks for are English; in a translation,
     * the text at the same place (the same rule's, the same caution) must be there, in its own words.
     */
    public static List<String> failures(Scenario scenario, Plan plan, Plan english) {
        return check(scenario, plan, english).failures;
    }

    /** Each expectation of the case that this plan does not meet, without the case and the plan around it ("status is PLAN, expected REFER"). */
    public static List<String> unmet(Scenario scenario, Plan plan) {
        return check(scenario, plan, null).unmet;
    }

    private static Check check(Scenario scenario, Plan plan, Plan english) {
        Scenario.Expect expect = scenario.expect();
        List<String> ids = plan.exercises().stream().map(PlanExercise::id).toList();
        List<String> ruledOut = plan.excluded().stream().map(ExcludedExercise::id).toList();
        Check check = new Check(scenario.title() + " -> plan " + ids + ", ruled out " + ruledOut);
        if (expect == null) {
            check.fail("no expect", "an expectation");
            return check;
        }
        if (expect.status() != null) {
            check.equal("status", plan.status().name(), expect.status());
        }
        if (expect.urgency() != null) {
            check.equal("urgency", plan.referral() == null ? "no referral" : plan.referral().urgency().name(), expect.urgency());
        }
        if (expect.exerciseCount() != null) {
            check.equal("number of exercises", ids.size(), expect.exerciseCount());
        }
        if (expect.mustInclude() != null) {
            check.that("must include " + expect.mustInclude(), ids.containsAll(expect.mustInclude()));
        }
        if (expect.mustExclude() != null) {
            check.that("must not include " + expect.mustExclude(), expect.mustExclude().stream().noneMatch(ids::contains));
        }
        if (expect.mustBeRuledOut() != null) {
            check.that("must be ruled out: " + expect.mustBeRuledOut(), ruledOut.containsAll(expect.mustBeRuledOut()));
        }
        if (expect.firstExerciseAmong() != null) {
            check.that("first exercise among " + expect.firstExerciseAmong(), !ids.isEmpty() && expect.firstExerciseAmong().contains(ids.get(0)));
        }
        if (expect.variants() != null) {
            expect.variants().forEach((id, variant) -> check.equal("variant of " + id, of(plan, id, PlanExercise::variant), List.of(variant)));
        }
        if (expect.cautionsContain() != null) {
            expect.cautionsContain().forEach((id, words) -> saysInItsLanguage(check, "a caution of " + id + " containing '" + words + "'",
                    cautionsOf(english == null ? plan : english, id), cautionsOf(plan, id), english != null, words));
        }
        if (expect.rulesApplied() != null) {
            List<String> rules = rulesIn(plan);
            check.that("rules applied " + expect.rulesApplied().stream().filter(r -> !rules.contains(r)).toList(), rules.containsAll(expect.rulesApplied()));
        }
        if (expect.steps() != null) {
            expect.steps().forEach((id, step) -> check.equal("step of " + id, of(plan, id, PlanExercise::step), List.of(step)));
        }
        if (expect.changes() != null) {
            expect.changes().forEach((id, change) -> check.equal("change of " + id, of(plan, id, e -> e.change().name()), List.of(change)));
        }
        if (expect.warningsContain() != null) {
            expect.warningsContain().forEach(words -> saysInItsLanguage(check, "a warning containing '" + words + "'",
                    textsOf((english == null ? plan : english).warnings()), textsOf(plan.warnings()), english != null, words));
        }
        if (expect.notesContain() != null) {
            expect.notesContain().forEach(words -> saysInItsLanguage(check, "a note containing '" + words + "'",
                    textsOf((english == null ? plan : english).notes()), textsOf(plan.notes()), english != null, words));
        }
        if (expect.cooldownForm() != null) {
            List<String> forms = plan.exercises().stream().filter(e -> e.cooldown() != null)
                    .map(e -> e.cooldown().variant() == null ? "plain" : e.cooldown().variant()).distinct().toList();
            check.equal("the cooldown's form", forms, List.of(expect.cooldownForm()));
        }
        return check;
    }

    /** Every rule name a plan shows: reasons, exclusions, referral, what changed, advice, warnings, notes, the cooldown's form. */
    public static List<String> rulesIn(Plan plan) {
        return Stream.of(
                        plan.exercises().stream().flatMap(e -> e.reasons().stream()).map(RuleReason::rule),
                        plan.excluded().stream().flatMap(e -> e.reasons().stream()).map(RuleReason::rule),
                        plan.referral() == null ? Stream.<String>empty() : plan.referral().reasons().stream().map(RuleReason::rule),
                        plan.exercises().stream().filter(e -> e.changeReason() != null).map(e -> e.changeReason().rule()),
                        plan.checkIn() == null ? Stream.<String>empty() : plan.checkIn().advice().stream().map(RuleReason::rule),
                        plan.warnings().stream().map(RuleReason::rule),
                        plan.notes().stream().map(RuleReason::rule),
                        plan.exercises().stream().filter(e -> e.cooldown() != null).flatMap(e -> e.cooldown().reasons().stream()).map(RuleReason::rule))
                .flatMap(s -> s).toList();
    }

    private static <T> List<T> of(Plan plan, String id, Function<PlanExercise, T> what) {
        return plan.exercises().stream().filter(e -> e.id().equals(id)).map(what).filter(Objects::nonNull).toList();
    }

    private static void saysInItsLanguage(Check check, String what, List<String> english, List<String> texts, boolean translated, String words) {
        int found = IntStream.range(0, english.size()).filter(i -> english.get(i).contains(words)).findFirst().orElse(-1);
        check.that(what, found >= 0);
        if (translated && found >= 0) {
            check.that(what + ": the same texts in the translation", texts.size() == english.size());
            if (texts.size() == english.size()) {
                check.that(what + ": said in the plan's language", !texts.get(found).isBlank() && !texts.get(found).equals(english.get(found)));
            }
        }
    }

    private static List<String> cautionsOf(Plan plan, String id) {
        return plan.exercises().stream().filter(e -> e.id().equals(id)).flatMap(e -> Stream.concat(e.cautions().stream(),
                e.cooldown() == null ? Stream.empty() : e.cooldown().cautions().stream())).toList();
    }

    private static List<String> textsOf(List<RuleReason> reasons) {
        return reasons.stream().map(RuleReason::text).toList();
    }

    /** The failures of one case, each saying what was expected and what the plan has. */
    private static final class Check {
        private final String context;
        private final List<String> failures = new ArrayList<>();
        private final List<String> unmet = new ArrayList<>();

        Check(String context) {
            this.context = context;
        }

        void equal(String what, Object actual, Object expected) {
            if (!Objects.equals(actual, expected)) {
                add(what + " is " + actual + ", expected " + expected);
            }
        }

        void that(String what, boolean holds) {
            if (!holds) {
                add(what + " does not hold");
            }
        }

        void fail(String what, String expected) {
            add(what + ", expected " + expected);
        }

        private void add(String failure) {
            unmet.add(failure);
            failures.add(context + ": " + failure);
        }
    }
}
