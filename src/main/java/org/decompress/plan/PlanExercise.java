package org.decompress.plan;

import org.decompress.catalog.Stretch;
import org.decompress.recommendation.Change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.catalog.Dose;
import org.decompress.catalog.Role;
import org.decompress.config.OpenApiExamples;

/**
 * One item of a plan. {@code variant} is null for the plain form; {@code cooldown} is null only
 * for the sitting technique, which is not a decompression exercise.
 */
@Schema(description = "One exercise of a plan with its steps, dose, cautions, reasons and the cooldown after it.", example = OpenApiExamples.PLAN_EXERCISE)
public record PlanExercise(
        String id,
        String name,
        Role role,
        @Schema(description = "One line about the exercise: about its form where the plan gives one (variant)")
        String summary,
        List<String> steps,
        Dose dose,
        String variant,
        String variantName,
        @Schema(description = "The step of the exercise's progression, 1 for a first plan")
        int step,
        Stretch stretch,
        Change change,
        @Schema(description = "Why the step or exercise changed at this check-in, with the rule; null in a first plan")
        RuleReason changeReason,
        List<String> cautions,
        List<RuleReason> reasons,
        CooldownItem cooldown) {
}
