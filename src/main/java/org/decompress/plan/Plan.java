package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/** The answer to {@code POST /api/plans}: the JSON contract (README, "The JSON API"), field by field. */
@Schema(description = "The plan: exercises to do (status PLAN) or whom to see (status REFER), what was ruled out and why, and the disclaimers.", example = OpenApiExamples.PLAN)
public record Plan(
        PlanStatus status,
        List<PlanExercise> exercises,
        List<ExcludedExercise> excluded,
        ReferralAdvice referral,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The check-ins in short; null without check-ins")
        CheckInSummary checkIn,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Signs that mean: stop and get help (for example with leg pain, or in pregnancy), each with its rule")
        List<RuleReason> warnings,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Advice about the plan as a whole (for example about a device the person has), each with its rule")
        List<RuleReason> notes,
        List<String> disclaimers,
        String source) {
}
