package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.catalog.Dose;
import org.decompress.catalog.Role;

/**
 * One item of a plan. {@code variant} is null for the plain form; {@code cooldown} is null only
 * for the sitting technique, which is not a decompression exercise.
 */
@Schema(description = "One exercise of a plan with its steps, dose, cautions, reasons and the cooldown after it.", example = "{\"id\": \"knees-to-chest\", \"name\": \"Knees to chest\", \"variant\": \"one-leg\", \"dose\": {\"holdSeconds\": 30}}")
public record PlanExercise(
        String id,
        String name,
        Role role,
        String summary,
        List<String> steps,
        Dose dose,
        String variant,
        String variantName,
        List<String> cautions,
        List<RuleReason> reasons,
        CooldownItem cooldown) {
}
