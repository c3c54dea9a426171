package org.decompress.rulebook;

import org.decompress.engine.RuleText;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.engine.RuleBase;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleFiles;
import org.decompress.language.Languages;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.decompress.recommendation.Option;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;

/**
 * Every rule as a reviewer reads it: grouped by stage in the order the stages run, each with its
 * name, its source, what it concludes, what it says to a person, how many of the golden answer sets
 * it fires for and which scenario cases exercise it (both counted when the service was built). Read
 * from the rule files in use; the service never takes rules from a request.
 */
@ApplicationScoped
public class RuleBook {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RuleBase ruleBase;
    private final Catalog catalog;
    private final List<Option> forms;
    private final ContentWords english;
    private final Optional<RuleCounts> counts;
    private final Optional<DecisionTableView> decisions;

    public RuleBook(RuleBase ruleBase, Languages languages, Catalog catalog) {
        this.ruleBase = ruleBase;
        this.catalog = catalog;
        this.forms = RuleEngine.optionsOf(catalog);
        this.english = languages.defaultContentWords();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.counts = readCounts(loader);
        this.decisions = DecisionTable.fromClasspath(loader)
                .map(table -> DecisionTableView.of(table, SourceList.fromClasspath(loader).orElseThrow(
                        () -> new IllegalStateException(SourceList.RESOURCE + " is missing beside " + DecisionTable.RESOURCE)), catalog));
    }

    static Optional<RuleCounts> readCounts(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RuleCounts.RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, RuleCounts.class));
        } catch (IOException e) {
            throw new UncheckedIOException(RuleCounts.RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** One rule's entry. {@code goldenFirings} is null when the build did not count this rule (it is newer than the build). */
    @Schema(description = "One rule: its name (its identifier), stage, file and line, the source written above it, what it concludes, what it "
            + "says to a person (English), how many golden answer sets it fires for (null when newer than the build) and the scenario cases "
            + "that exercise it", example = OpenApiExamples.RULE_BOOK_ENTRY)
    public record Entry(String name, String anchor, String stage, String file, int line, String source, List<String> sources,
            List<Concluded> concludes, String says, Integer goldenFirings, List<ScenarioCase> scenarios) {

        public boolean firesForNobody() {
            return goldenFirings != null && goldenFirings == 0;
        }

        public boolean noScenario() {
            return scenarios.isEmpty();
        }
    }

    /**
     * One thing a rule concludes, in plain words, and the catalog's forms it reaches by name (an exercise
     * by its name alone when every form of it is reached), when the rule's text names the traits.
     */
    @Schema(description = "One thing a rule concludes: in plain words, and the exercise forms it rules out or favours, by name (empty when the "
            + "rule's text names no traits)", example = OpenApiExamples.RULE_BOOK_CONCLUDED)
    public record Concluded(String says, List<String> forms) {
    }

    /** One circumstance of the decision table and the rules that decide it, for the index by condition. */
    @Schema(description = "A circumstance of the decision table and the rules that fire for its person and not for the baseline person",
            example = OpenApiExamples.RULE_BOOK_INDEX_ENTRY)
    public record IndexEntry(String id, String title, List<RuleLink> rules) {
    }

    /** A rule by its name, and the anchor of its entry. */
    @Schema(description = "A rule by its name, and the anchor of its entry in the rule book",
            example = OpenApiExamples.RULE_BOOK_RULE_LINK)
    public record RuleLink(String name, String anchor) {

        static RuleLink to(String rule) {
            return new RuleLink(rule, RuleText.anchor(rule));
        }
    }

    /** A scenario case that exercises a rule: its file below scenarios/, and its title. */
    @Schema(description = "A scenario case that exercises a rule: its file below scenarios/ and its title",
            example = OpenApiExamples.RULE_BOOK_SCENARIO_CASE)
    public record ScenarioCase(String path, String title) {
    }

    /** The rules of one stage, in the order of their files. */
    @Schema(description = "The rules of one stage (ruleflow-group), in the order of their files",
            example = OpenApiExamples.RULE_BOOK_STAGE)
    public record Stage(String name, List<Entry> rules) {
    }

    /**
     * The whole book. {@code countsMatchRules} is false when the rules in use differ from those the
     * build counted (dev mode after an edit): the counts are then the build's.
     */
    @Schema(description = "The rule book: every rule by stage in decision order, and the rules that fire for no golden answer set or that no "
            + "scenario case exercises", example = OpenApiExamples.RULE_BOOK)
    public record Book(int rules, int goldenAnswerSets, int scenarioCases, boolean countsMatchRules, List<Stage> stages,
            List<Entry> firesForNobody, List<Entry> noScenario, DecisionTableView decisions, List<IndexEntry> index) {
    }

    public Book book() {
        var files = ruleBase.ruleFiles();
        boolean current = counts.map(c -> c.fingerprint().equals(RuleFiles.fingerprint(files))).orElse(false);
        Map<String, List<Entry>> byStage = new LinkedHashMap<>();
        RuleEngine.STAGES.forEach(stage -> byStage.put(stage, new ArrayList<>()));
        List<Entry> all = new ArrayList<>();
        for (RuleText rule : RuleText.of(files)) {
            Entry entry = entry(rule);
            byStage.computeIfAbsent(rule.stage(), s -> new ArrayList<>()).add(entry);
            all.add(entry);
        }
        List<Stage> stages = byStage.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Stage(e.getKey(), e.getValue())).toList();
        return new Book(all.size(), counts.map(RuleCounts::goldenAnswerSets).orElse(0), counts.map(RuleCounts::scenarioCases).orElse(0),
                current, stages, all.stream().filter(Entry::firesForNobody).toList(), all.stream().filter(Entry::noScenario).toList(),
                decisions.orElse(null), index(RuleText.of(files)));
    }

    /**
     * Every circumstance of the decision table but the baseline, with the rules the build found deciding
     * it, but those that only carry another rule's decision along (the referral summed up, why a form is
     * in the plan): they would stand beside every row of their kind.
     */
    private List<IndexEntry> index(List<RuleText> rules) {
        Set<String> deciding = new HashSet<>();
        rules.stream().filter(r -> r.conclusions().stream().anyMatch(c -> !c.bookkeeping())).forEach(r -> deciding.add(r.name()));
        return decisions.map(table -> table.rows().stream().filter(r -> !r.id().equals(DecisionTable.BASELINE))
                .map(r -> new IndexEntry(r.id(), r.title(), deciding(r.id(), deciding))).toList()).orElse(List.of());
    }

    private List<RuleLink> deciding(String circumstance, Set<String> deciding) {
        return counts.map(c -> c.rulesDeciding(circumstance).stream().filter(deciding::contains).map(RuleLink::to).toList()).orElse(List.of());
    }

    private Entry entry(RuleText rule) {
        Integer fired = counts.filter(c -> c.goldenFirings().containsKey(rule.name())).map(c -> c.goldenFirings(rule.name())).orElse(null);
        List<ScenarioCase> cases = counts.map(c -> c.scenariosOf(rule.name()).stream()
                .map(path -> new ScenarioCase(path, c.scenarioTitles().getOrDefault(path, path))).toList()).orElse(List.of());
        return new Entry(rule.name(), RuleText.anchor(rule.name()), rule.stage(), rule.file(), rule.line(), rule.source(), rule.sources(),
                rule.conclusions().stream().map(c -> new Concluded(c.says(), c.namesForms() ? names(c.reaches(forms)) : List.of())).toList(),
                says(rule.name()), fired, cases);
    }

    /** The forms by name, in the catalog's order: an exercise by its name alone when every form of it is among them. */
    private List<String> names(List<Option> reached) {
        Map<String, List<Option>> byExercise = new LinkedHashMap<>();
        reached.forEach(o -> byExercise.computeIfAbsent(o.exerciseId(), id -> new ArrayList<>()).add(o));
        List<String> names = new ArrayList<>();
        byExercise.forEach((id, some) -> {
            Exercise exercise = catalog.get(id);
            if (some.size() == forms.stream().filter(o -> o.exerciseId().equals(id)).count()) {
                names.add(exercise.name());
            } else {
                some.forEach(o -> names.add(o.variant() == null ? exercise.name()
                        : exercise.name() + ": " + exercise.variant(o.variant()).map(v -> v.name()).orElse(o.variant())));
            }
        });
        return names;
    }

    /** What the rule says to a person, in English: its sentence, or its numbered sentences. */
    private String says(String rule) {
        Wording words = Wording.ofRule(rule);
        if (english.has(words.key())) {
            return english.format(words);
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of("1", "2", "3", "4", "5", "step", "regular", "few")) {
            Wording piece = Wording.ofRule(rule, part);
            if (english.has(piece.key())) {
                parts.add(english.format(piece));
            }
        }
        return String.join(" ", parts);
    }

}
