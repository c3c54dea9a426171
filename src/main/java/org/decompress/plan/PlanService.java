package org.decompress.plan;

import jakarta.enterprise.context.ApplicationScoped;
import org.decompress.config.DecompressConfig;
import org.decompress.engine.RuleBase;
import org.decompress.language.Language;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;

/** Answers in, plan out: the one service behind {@code POST /api/plans} and the plan page. */
@ApplicationScoped
public class PlanService {

    private final RuleBase ruleBase;
    private final PlanMetrics metrics;
    private final int defaultMaxExercises;

    public PlanService(RuleBase ruleBase, PlanMetrics metrics, DecompressConfig config) {
        this.ruleBase = ruleBase;
        this.metrics = metrics;
        this.defaultMaxExercises = config.plan().defaultMaxExercises();
    }

    /** The plan in the default language. */
    public Plan plan(Answers answers) {
        RuleBase.Loaded loaded = ruleBase.current();
        Assessment assessment = answers.toAssessment(defaultMaxExercises);
        return metrics.timed(() -> loaded.assembler().assemble(loaded.engine().evaluate(assessment), assessment));
    }

    /** The plan written in {@code language}: the same decisions in every language. */
    public Plan plan(Answers answers, Language language) {
        RuleBase.Loaded loaded = ruleBase.current();
        Assessment assessment = answers.toAssessment(defaultMaxExercises);
        return metrics.timed(() -> loaded.assembler().assemble(loaded.engine().evaluate(assessment), assessment, language));
    }
}
