package org.decompress.plan;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.decompress.catalog.Catalogs;
import org.decompress.config.DecompressConfig;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.RuleBase;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;

/**
 * Answers in, plan out: the one service behind {@code POST /api/plans}, the plan page and FHIR. It
 * plans with the rule base in use, building a new {@link Planner} when the rule base is replaced (a
 * reload in dev mode); it is built at start so that a catalog the rules cannot plan with stops the start.
 */
@Startup
@ApplicationScoped
public class PlanService {

    private final RuleBase ruleBase;
    private final Catalogs catalogs;
    private final Languages languages;
    private final PlanMetrics metrics;
    private final int defaultMaxExercises;
    /** Built for the first plan (dev mode may still be compiling the rules at start), rebuilt when the rules are. */
    private volatile Planner planner;

    public PlanService(RuleBase ruleBase, Catalogs catalogs, Languages languages, PlanMetrics metrics, DecompressConfig config) {
        this.ruleBase = ruleBase;
        this.catalogs = catalogs;
        this.languages = languages;
        this.metrics = metrics;
        this.defaultMaxExercises = config.plan().defaultMaxExercises();
    }

    /** The plan in the default language. */
    public Plan plan(Answers answers) {
        Planner current = planner();
        Assessment assessment = answers.toAssessment(defaultMaxExercises);
        return metrics.timed(() -> current.plan(assessment));
    }

    /** The plan written in {@code language}: the same decisions in every language. */
    public Plan plan(Answers answers, Language language) {
        return ruled(answers, language).plan();
    }

    /** The plan written in {@code language}, with the fingerprint of the very rule base that made it (a reload may replace it meanwhile). */
    public RuledPlan ruled(Answers answers, Language language) {
        Planner current = planner();
        Assessment assessment = answers.toAssessment(defaultMaxExercises);
        return new RuledPlan(metrics.timed(() -> current.plan(assessment, language)), current.rules().fingerprint());
    }

    private Planner planner() {
        CompiledRules rules = ruleBase.current();
        Planner current = planner;
        if (current == null || current.rules() != rules) {
            // Two requests racing here may both build one; either is right, and the rule base is the same.
            current = Planner.of(rules, catalogs, languages);
            planner = current;
        }
        return current;
    }
}
