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
import org.decompress.catalog.Catalogs;
import org.decompress.catalog.Exercise;
import org.decompress.engine.RuleBase;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleFiles;
import org.decompress.language.Language;
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
    private final Catalogs catalogs;
    private final Languages languages;
    private final List<Option> forms;
    private final Optional<RuleCounts> counts;
    private final Optional<DecisionTable> table;
    private final Optional<SourceList> sources;

    public RuleBook(RuleBase ruleBase, Languages languages, Catalogs catalogs) {
        this.ruleBase = ruleBase;
        this.catalogs = catalogs;
        this.languages = languages;
        this.forms = RuleEngine.optionsOf(catalogs.defaultCatalog());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.counts = readCounts(loader);
        this.table = DecisionTable.fromClasspath(loader);
        this.sources = table.map(t -> SourceList.fromClasspath(loader).orElseThrow(
                () -> new IllegalStateException(SourceList.RESOURCE + " is missing beside " + DecisionTable.RESOURCE)));
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
    public record Entry(String name, String title, String anchor, String stage, String file, int line, String source, List<String> sources,
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

    /** A rule by its name, its title in the book's language, and the anchor of its entry. */
    @Schema(description = "A rule by its name, its title in the book's language, and the anchor of its entry in the rule book",
            example = OpenApiExamples.RULE_BOOK_RULE_LINK)
    public record RuleLink(String name, String title, String anchor) {

        static RuleLink to(String rule, ContentWords words) {
            return new RuleLink(rule, words.format(Wording.titleOf(rule)), RuleText.anchor(rule));
        }
    }

    /** A scenario case that exercises a rule: its file below scenarios/, and its title. */
    @Schema(description = "A scenario case that exercises a rule: its file below scenarios/ and its title",
            example = OpenApiExamples.RULE_BOOK_SCENARIO_CASE)
    public record ScenarioCase(String path, String title) {
    }

    /** The rules of one stage, in the order of their files: its ruleflow-group and its name in the book's language. */
    @Schema(description = "The rules of one stage (ruleflow-group, and its name in the book's language), in the order of their files",
            example = OpenApiExamples.RULE_BOOK_STAGE)
    public record Stage(String name, String title, List<Entry> rules) {
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

    /** The book in the default language, as the JSON API gives it. */
    public Book book() {
        return book(languages.defaultLanguage());
    }

    /** The book in this language: titles, what rules say and conclude, names of forms and circumstances; sources and scenario titles as written. */
    public Book book(Language language) {
        ContentWords words = languages.contentWords(language);
        Catalog catalog = catalogs.in(language);
        var files = ruleBase.ruleFiles();
        boolean current = counts.map(c -> c.fingerprint().equals(RuleFiles.fingerprint(files))).orElse(false);
        Map<String, List<Entry>> byStage = new LinkedHashMap<>();
        RuleEngine.STAGES.forEach(stage -> byStage.put(stage, new ArrayList<>()));
        List<Entry> all = new ArrayList<>();
        List<RuleText> rules = RuleText.of(files);
        for (RuleText rule : rules) {
            Entry entry = entry(rule, words, catalog);
            byStage.computeIfAbsent(rule.stage(), s -> new ArrayList<>()).add(entry);
            all.add(entry);
        }
        List<Stage> stages = byStage.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Stage(e.getKey(), words.format(Wording.ofRuleBook("stage." + e.getKey(), e.getKey())), e.getValue())).toList();
        Optional<DecisionTableView> decisions = table.map(t -> DecisionTableView.of(t, sources.orElseThrow(), catalog, words));
        return new Book(all.size(), counts.map(RuleCounts::goldenAnswerSets).orElse(0), counts.map(RuleCounts::scenarioCases).orElse(0),
                current, stages, all.stream().filter(Entry::firesForNobody).toList(), all.stream().filter(Entry::noScenario).toList(),
                decisions.orElse(null), index(rules, decisions, words));
    }

    /**
     * Every circumstance of the decision table but the baseline, with the rules the build found deciding
     * it, but those that only carry another rule's decision along (the referral summed up, why a form is
     * in the plan): they would stand beside every row of their kind.
     */
    private List<IndexEntry> index(List<RuleText> rules, Optional<DecisionTableView> decisions, ContentWords words) {
        Set<String> deciding = new HashSet<>();
        rules.stream().filter(r -> r.conclusions().stream().anyMatch(c -> !c.bookkeeping())).forEach(r -> deciding.add(r.name()));
        return decisions.map(view -> view.rows().stream().filter(r -> !r.id().equals(DecisionTable.BASELINE))
                .map(r -> new IndexEntry(r.id(), r.title(), deciding(r.id(), deciding, words))).toList()).orElse(List.of());
    }

    private List<RuleLink> deciding(String circumstance, Set<String> deciding, ContentWords words) {
        return counts.map(c -> c.rulesDeciding(circumstance).stream().filter(deciding::contains).map(r -> RuleLink.to(r, words)).toList())
                .orElse(List.of());
    }

    private Entry entry(RuleText rule, ContentWords words, Catalog catalog) {
        Integer fired = counts.filter(c -> c.goldenFirings().containsKey(rule.name())).map(c -> c.goldenFirings(rule.name())).orElse(null);
        List<ScenarioCase> cases = counts.map(c -> c.scenariosOf(rule.name()).stream()
                .map(path -> new ScenarioCase(path, c.scenarioTitles().getOrDefault(path, path))).toList()).orElse(List.of());
        return new Entry(rule.name(), words.format(Wording.titleOf(rule.name())), RuleText.anchor(rule.name()), rule.stage(), rule.file(),
                rule.line(), rule.source(), rule.sources(),
                rule.conclusions().stream().map(c -> new Concluded(words.format(c.says()), c.namesForms() ? names(c.reaches(forms), catalog) : List.of()))
                        .toList(),
                says(rule.name(), words), fired, cases);
    }

    /** The forms by name, in the catalog's order: an exercise by its name alone when every form of it is among them. */
    private List<String> names(List<Option> reached, Catalog catalog) {
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

    /** What the rule says to a person, in the book's language: its sentence, or its numbered sentences. */
    private static String says(String rule, ContentWords words) {
        Wording sentence = Wording.ofRule(rule);
        if (words.has(sentence.key())) {
            return words.format(sentence);
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of("1", "2", "3", "4", "5", "step", "regular", "few")) {
            Wording piece = Wording.ofRule(rule, part);
            if (words.has(piece.key())) {
                parts.add(words.format(piece));
            }
        }
        return String.join(" ", parts);
    }

}
