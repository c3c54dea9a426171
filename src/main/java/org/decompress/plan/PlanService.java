package org.decompress.plan;

import jakarta.enterprise.context.ApplicationScoped;
import org.decompress.questionnaire.Answers;
import org.decompress.recommendation.RuleBase;

/** Answers in, plan out: the one service behind {@code POST /api/plans} and the plan page. */
@ApplicationScoped
public class PlanService {

    private final RuleBase ruleBase;

    public PlanService(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public Plan plan(Answers answers) {
        RuleBase.Loaded loaded = ruleBase.current();
        return loaded.assembler().assemble(loaded.engine().evaluate(answers.toAssessment()));
    }
}
