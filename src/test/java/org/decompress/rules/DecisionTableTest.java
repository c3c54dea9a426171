package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.CatalogSlices;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Role;
import org.decompress.catalog.Trait;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleTitles;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.BloodPressureControl;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import org.decompress.questionnaire.RedFlag;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.Recommendation;
import org.decompress.rulebook.DecisionTable;
import org.decompress.rulebook.DecisionTable.Cell;
import org.decompress.rulebook.DecisionTable.Decision;
import org.decompress.rulebook.DecisionTable.Row;
import org.decompress.rulebook.SourceList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the rules to the reviewed decision table ({@code rules/decision-table.tsv}): for each row, a
 * person with just that circumstance (over the baseline person, for whom every form is possible) gets
 * the outcome the table says, and, asked about each form alone, exactly the table's decision for it.
 * The table must be complete: a row for every condition, red flag and answer the screen knows, a
 * column for every form of the catalog with the traits it had when it was decided, a source for every
 * cell. {@code -Ddecisions.write=true} writes what the rules decide now, sources kept where the
 * decision did not change, to {@code target/decision-table.actual.tsv}, for a reviewer to compare.
 */
class DecisionTableTest {

    static final ObjectMapper JSON = StrictJson.mapper();
    static DecisionTable table;
    static Answers baselineAnswers;
    static Map<String, Option> forms;

    @BeforeAll
    static void load() throws IOException {
        table = DecisionTable.fromClasspath(DecisionTableTest.class.getClassLoader())
                .orElseThrow(() -> new AssertionError(DecisionTable.RESOURCE + " is not on the classpath"));
        baselineAnswers = answersOf(table.row(DecisionTable.BASELINE).orElseThrow(() -> new AssertionError("no baseline row")));
        forms = new LinkedHashMap<>();
        for (Option option : Engine.ENGINE.options()) {
            forms.put(column(option), option);
        }
    }

    static String column(Option option) {
        return option.variant() == null ? option.exerciseId() : option.exerciseId() + "/" + option.variant();
    }

    static String traitsOf(Option option) {
        return option.traits().stream().map(Trait::name).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void everyFormOfTheCatalogHasAColumnDecidedWithTheTraitsItHasNow() {
        assertThat(table.forms()).as("the table's columns are the catalog's forms, in the catalog's order")
                .containsExactlyElementsOf(forms.keySet());
        List<String> changed = new ArrayList<>();
        forms.forEach((column, option) -> {
            if (!traitsOf(option).equals(table.traits().get(column))) {
                changed.add(column + ": the table decided it with [" + table.traits().get(column) + "], the catalog now says ["
                        + traitsOf(option) + "]: review the column and record its traits");
            }
        });
        assertThat(changed).as("forms whose traits changed since their column was decided").isEmpty();
    }

    @Test
    void everyConditionRedFlagAndAnswerTheScreenKnowsHasItsRow() {
        List<String> missing = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            if (table.rows().stream().noneMatch(r -> listed(r, "conditions").contains(condition.name()))) {
                missing.add("conditions " + condition);
            }
        }
        for (RedFlag flag : RedFlag.values()) {
            if (table.rows().stream().noneMatch(r -> listed(r, "redFlags").equals(List.of(flag.name())))) {
                missing.add("redFlags [" + flag + "] alone");
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("legSymptoms", names(LegSymptoms.values()));
        values.put("bendingForward", names(BendingEffect.values()));
        values.put("bendingBackward", names(BendingEffect.values()));
        values.put("bloodPressureControlled", names(BloodPressureControl.values()));
        values.put("heartConditionStable", names(HeartConditionStable.values()));
        for (String field : List.of("canGetOnFloor", "helperAvailable", "sitsForLongPeriods", "doctorClearedExercise", "fallHurtOrRepeated",
                "painIntoLeg")) {
            values.put(field, List.of("true", "false"));
        }
        values.forEach((field, all) -> {
            for (String value : all) {
                if (table.rows().stream().noneMatch(r -> value.equals(effective(r).path(field).asText(null)))) {
                    missing.add(field + " " + value);
                }
            }
        });
        for (String band : List.of("age-under-16", "age-16-to-64", "age-65-to-79", "age-80-or-over", "pregnancy-before-16-weeks",
                "pregnancy-16-to-19-weeks", "pregnancy-from-20-weeks", "pregnancy-weeks-not-given", "pregnancy-weeks-moved-by-check-ins",
                "pregnancy-past-42-weeks", "no-equipment", "high-pain")) {
            if (table.row(band).isEmpty()) {
                missing.add("row " + band);
            }
        }
        assertThat(missing).as("circumstances without a row in " + DecisionTable.RESOURCE).isEmpty();
        assertThat(table.rows().stream().map(Row::id).collect(Collectors.toList())).as("row ids").doesNotHaveDuplicates();
    }

    @Test
    void everyCellNamesSourcesTheProjectHolds() throws IOException {
        SourceList sources = SourceList.fromClasspath(getClass().getClassLoader()).orElseThrow();
        Set<String> unknown = new TreeSet<>();
        for (Row row : table.rows()) {
            row.outcome().sources().stream().filter(s -> !sources.knows(s)).forEach(s -> unknown.add(row.id() + " (outcome): " + s));
            for (int c = 0; c < table.forms().size(); c++) {
                String form = table.forms().get(c);
                row.cells().get(c).sources().stream().filter(s -> !sources.knows(s)).forEach(s -> unknown.add(row.id() + " / " + form + ": " + s));
            }
        }
        assertThat(unknown).as("source keys that are not in " + SourceList.RESOURCE).isEmpty();
    }

    @Test
    void everyRowsAnswersAreAnswersTheApiAccepts() {
        List<String> invalid = new ArrayList<>();
        for (Row row : table.rows()) {
            try {
                Answers answers = answersOf(row);
                var violations = Engine.VALIDATOR.validate(answers);
                if (!violations.isEmpty()) {
                    invalid.add(row.id() + ": " + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
                }
            } catch (IOException | IllegalArgumentException e) {
                invalid.add(row.id() + ": " + e.getMessage());
            }
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void everyRuleNamesItsSourcesAndTheProjectHoldsThem() {
        SourceList sources = SourceList.fromClasspath(getClass().getClassLoader()).orElseThrow();
        List<String> problems = new ArrayList<>();
        Engine.RULES.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            Set<String> keys = SOURCES.get(rule.getName());
            if (keys == null || keys.isEmpty()) {
                problems.add(rule.getName() + ": no @sources");
            } else {
                keys.stream().filter(k -> !sources.knows(k)).forEach(k -> problems.add(rule.getName() + ": " + k + " is not in " + SourceList.RESOURCE));
            }
        }));
        assertThat(problems).isEmpty();
    }

    /** Each rule's {@code @sources}: the keys of rules/sources.tsv it rests on. */
    static final Map<String, Set<String>> SOURCES = new LinkedHashMap<>();

    static {
        Engine.RULES.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            Object keys = rule.getMetaData().get("sources");
            SOURCES.put(rule.getName(), keys == null ? Set.of() : new TreeSet<>(List.of(keys.toString().trim().split("\\s+"))));
        }));
    }

    static Set<String> sourcesOf(Set<String> rules) {
        Set<String> keys = new TreeSet<>();
        rules.forEach(rule -> keys.addAll(SOURCES.getOrDefault(rule, Set.of())));
        return keys;
    }

    /**
     * The heart of it: the rules decide what the table says, row by row, form by form, and the sources
     * a cell names are those of the rules that decided it (an allowed cell names its own).
     */
    @Test
    void theRulesDecideWhatTheTableSays() throws IOException {
        Recommendation baseline = Engine.ENGINE.evaluate(baselineAnswers.toAssessment());
        Map<String, Recommendation> baselineByForm = new LinkedHashMap<>();
        for (String form : table.forms()) {
            baselineByForm.put(form, slice(form).evaluate(assessment(baselineAnswers, form)));
        }
        List<String> differences = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        for (Row row : table.rows()) {
            Answers answers = answersOf(row);
            Recommendation whole = Engine.ENGINE.evaluate(answers.toAssessment());
            String outcome = outcomeOf(whole, baseline);
            Set<String> outcomeSources = sourcesOf(outcomeRules(whole, baseline));
            if (!outcome.equals(row.outcome().written())) {
                differences.add(row.id() + ": outcome " + row.outcome().written() + " in the table, the rules give " + outcome);
            } else if (!outcomeSources.isEmpty() && !outcomeSources.equals(new TreeSet<>(row.outcome().sources()))) {
                differences.add(row.id() + ": outcome sources " + row.outcome().sources() + " in the table, the rules that decided it cite " + outcomeSources);
            }
            boolean withdrawn = whole.candidates().isEmpty() && whole.exclusions().isEmpty();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.forms().size(); c++) {
                String form = table.forms().get(c);
                Decided actual = withdrawn ? new Decided(Decision.REFER, Set.of()) : decide(form, answers, baselineByForm.get(form));
                Set<String> cited = sourcesOf(actual.rules());
                Cell expected = row.cells().get(c);
                if (expected.decision() != actual.decision()) {
                    differences.add(row.id() + " / " + form + ": " + expected.decision() + " in the table, the rules decide " + actual.decision()
                            + (actual.rules().isEmpty() ? "" : " (" + String.join("; ", actual.rules()) + ")"));
                } else if (!cited.isEmpty() && !cited.equals(new TreeSet<>(expected.sources()))) {
                    differences.add(row.id() + " / " + form + ": sources " + expected.sources() + " in the table, the deciding rules cite " + cited);
                }
                String sources = !cited.isEmpty() ? String.join(" ", cited)
                        : expected.decision() == actual.decision() && !expected.sources().isEmpty() ? String.join(" ", expected.sources())
                        : actual.decision() == Decision.REFER ? "" : DecisionTable.CONSENSUS;
                cells.add((actual.decision() + " " + sources).strip());
            }
            String outcomeCited = !outcomeSources.isEmpty() ? String.join(" ", outcomeSources)
                    : outcome.equals(row.outcome().written()) ? String.join(" ", row.outcome().sources()) : DecisionTable.CONSENSUS;
            actualTable.append(row.id()).append('\t').append(row.answers()).append('\t').append(outcome).append(' ').append(outcomeCited)
                    .append('\t').append(String.join("\t", cells)).append('\n');
        }
        if (Boolean.getBoolean("decisions.write")) {
            writeActual(actualTable.toString());
        }
        assertThat(differences).as("%d cells where the rules and %s disagree (-Ddecisions.write=true writes what the rules decide)",
                differences.size(), DecisionTable.RESOURCE).isEmpty();
    }

    private static void writeActual(String rows) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("circumstance\tanswers\toutcome\t").append(String.join("\t", forms.keySet())).append('\n');
        text.append("traits\t\t\t").append(forms.values().stream().map(DecisionTableTest::traitsOf).collect(Collectors.joining("\t"))).append('\n');
        text.append(rows);
        Path out = Path.of("target/decision-table.actual.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** The rules behind an outcome: every reason to refer, or a note or warning the baseline person does not get. */
    static Set<String> outcomeRules(Recommendation r, Recommendation baseline) {
        Set<String> rules = new TreeSet<>();
        if (r.refers()) {
            r.referralReasons().forEach(reason -> rules.add(reason.rule()));
            return rules;
        }
        Set<String> before = new TreeSet<>();
        baseline.notes().forEach(n -> before.add(n.rule()));
        baseline.warnings().forEach(w -> before.add(w.rule()));
        r.notes().stream().map(n -> n.rule()).filter(rule -> !before.contains(rule)).forEach(rules::add);
        r.warnings().stream().map(w -> w.rule()).filter(rule -> !before.contains(rule)).forEach(rules::add);
        return rules;
    }

    /** A decision with the rules that made it (none for an allowed form). */
    record Decided(Decision decision, Set<String> rules) {
    }

    /** PLAN, with NOTE or WARNING when the row brings one the baseline person does not get; else REFER:URGENCY. */
    static String outcomeOf(Recommendation r, Recommendation baseline) {
        if (r.refers()) {
            return "REFER:" + r.referral().orElseThrow().urgency();
        }
        Set<String> baselineNotes = baseline.notes().stream().map(n -> n.rule()).collect(Collectors.toSet());
        Set<String> baselineWarnings = baseline.warnings().stream().map(w -> w.rule()).collect(Collectors.toSet());
        boolean note = r.notes().stream().anyMatch(n -> !baselineNotes.contains(n.rule()));
        boolean warning = r.warnings().stream().anyMatch(w -> !baselineWarnings.contains(w.rule()));
        return "PLAN" + (note ? "+NOTE" : "") + (warning ? "+WARNING" : "");
    }

    /**
     * What the rules decide about one form for this person, asked with only that form on offer: ruled
     * out; else chosen, with a caution or a favour the baseline person does not get, or neither. The
     * sitting technique is favoured when the person's own answers bring it into the plan.
     */
    static Decided decide(String form, Answers answers, Recommendation baseline) {
        Option option = forms.get(form);
        Recommendation r = slice(form).evaluate(assessment(answers, form));
        // A slice numbers its forms anew: forms are compared by exercise and variant.
        Set<String> excluding = r.exclusions().stream().filter(e -> column(e.option()).equals(form)).map(e -> e.rule())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!excluding.isEmpty()) {
            return new Decided(Decision.OUT, excluding);
        }
        boolean chosen = option.role() == Role.COOLDOWN ? r.cooldowns().stream().anyMatch(c -> column(c.form()).equals(form))
                : r.choices().stream().anyMatch(c -> column(c.option()).equals(form));
        if (!chosen) {
            throw new AssertionError(form + " is neither ruled out nor given for these answers");
        }
        Set<String> baselineCautions = cautionRules(baseline, option);
        Set<String> cautions = cautionRules(r, option).stream().filter(rule -> !baselineCautions.contains(rule))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> favours;
        if (option.role() == Role.POSTURE) {
            favours = Boolean.TRUE.equals(answers.sitsForLongPeriods())
                    ? r.reasons().stream().filter(reason -> reason.exerciseId().equals(option.exerciseId())).map(reason -> reason.rule())
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Set.of();
        } else {
            Set<String> baselineFavours = favourRules(baseline, option);
            favours = favourRules(r, option).stream().filter(rule -> !baselineFavours.contains(rule)).collect(Collectors.toCollection(TreeSet::new));
        }
        if (!cautions.isEmpty() && !favours.isEmpty()) {
            throw new AssertionError(form + " is both favoured and cautioned: the table has no such decision yet");
        }
        return !cautions.isEmpty() ? new Decided(Decision.CAUTION, cautions)
                : !favours.isEmpty() ? new Decided(Decision.FAVOUR, favours) : new Decided(Decision.OK, Set.of());
    }

    private static Set<String> cautionRules(Recommendation r, Option option) {
        return r.cautions().stream().filter(c -> c.exerciseId().equals(option.exerciseId())).map(c -> c.rule()).collect(Collectors.toSet());
    }

    private static Set<String> favourRules(Recommendation r, Option option) {
        return r.preferences().stream().filter(p -> column(p.option()).equals(column(option))).map(p -> p.rule()).collect(Collectors.toSet());
    }

    /** The sitting technique is asked about as a person who sits for long (else it is never on offer). */
    private static Assessment assessment(Answers answers, String form) {
        Assessment assessment = answers.toAssessment();
        if (forms.get(form).role() == Role.POSTURE && !assessment.sitsForLongPeriods()) {
            try {
                ObjectNode json = JSON.valueToTree(answers);
                json.put("sitsForLongPeriods", true);
                return JSON.treeToValue(json, Answers.class).toAssessment();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return assessment;
    }

    private static final Map<String, RuleEngine> SLICES = new LinkedHashMap<>();

    /** An engine whose catalog offers only this form (and what it needs around it: the cooldown, or a neutral probe). */
    static synchronized RuleEngine slice(String form) {
        return SLICES.computeIfAbsent(form, f -> {
            Option option = forms.get(f);
            Catalog full = Engine.CATALOG;
            Exercise exercise = CatalogSlices.onlyForm(full.get(option.exerciseId()), option.variant());
            Exercise cooldown = full.exercises().stream().filter(e -> e.role() == Role.COOLDOWN).findFirst().orElseThrow();
            Exercise probe = CatalogSlices.probe(full.get("knees-to-chest"));
            List<Exercise> exercises = switch (option.role()) {
                case COOLDOWN -> List.of(exercise, probe);
                case POSTURE -> List.of(cooldown, probe, exercise);
                default -> List.of(cooldown, exercise);
            };
            return new RuleEngine(Engine.RULES, CatalogSlices.of(full, exercises), RuleTitles.order(Engine.TEXTS));
        });
    }

    static Answers answersOf(Row row) throws IOException {
        return JSON.treeToValue(effective(row), Answers.class);
    }

    /** The row's answers over the baseline's. */
    static ObjectNode effective(Row row) {
        return table.answersOf(row);
    }

    private static List<String> listed(Row row, String field) {
        JsonNode list = effective(row).path(field);
        List<String> values = new ArrayList<>();
        if (list instanceof ArrayNode array) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    @Test
    void theTableParsesOnlyWhenEveryCellIsDecided() {
        String header = "circumstance\tanswers\toutcome\tknees-to-chest\tchilds-pose\n";
        DecisionTable complete = DecisionTable.parse(header + "baseline\t{}\tPLAN consensus\tOK consensus\tOK consensus\n");
        assertThat(complete.rows()).hasSize(1);
        try {
            DecisionTable.parse(header + "baseline\t{}\tPLAN consensus\tOK consensus\t\n");
            fail("an empty cell must not parse");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("line 2, baseline / childs-pose: empty");
        }
        try {
            DecisionTable.parse(header + "baseline\t{}\tPLAN consensus\tOK consensus\tMAYBE consensus\n");
            fail("an unknown decision must not parse");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("'MAYBE' is not one of");
        }
        try {
            DecisionTable.parse(header + "baseline\t{}\tPLAN consensus\tOK consensus\tOUT\n");
            fail("a decision without a source must not parse");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("OUT names no source");
        }
    }

    /** Every cell of the table and its decision, counted: how the table is summed up in the README and the rule book. */
    @Test
    void theTableSaysHowManyCellsHoldEachDecision() {
        Map<Decision, Integer> census = table.census();
        int cells = census.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(cells).isEqualTo(table.rows().size() * table.forms().size());
        Set<Decision> used = new LinkedHashSet<>();
        census.forEach((decision, count) -> {
            if (count > 0) {
                used.add(decision);
            }
        });
        assertThat(used).as("the table uses every kind of decision").containsExactlyInAnyOrder(Decision.values());
        System.out.printf("Decision table: %d rows x %d forms = %d cells: %s%n", table.rows().size(), table.forms().size(), cells, census);
    }
}
