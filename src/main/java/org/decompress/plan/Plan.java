package org.decompress.plan;

import java.util.List;

/** The answer to {@code POST /api/plans}: the JSON contract of PRODUCT.md, field by field. */
public record Plan(
        PlanStatus status,
        List<PlanExercise> exercises,
        List<ExcludedExercise> excluded,
        ReferralAdvice referral,
        List<String> disclaimers,
        String source) {
}
