package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/**
 * How an exercise's dose goes up and down over check-ins: its steps (step 1 first), the gentler
 * variant used below step 1 where it has one, and whether it may step up on its own (hanging,
 * arm-loaded, helper-pulled and device exercises may not). Catalog data with its source.
 */
@Schema(description = "The steps of an exercise's dose, step 1 first; the gentle variant used at the lowest step; whether it may step up on its own.", example = OpenApiExamples.PROGRESSION)
public record Progression(
        @NotEmpty List<@NotNull @Valid DoseStep> steps,
        String gentleVariant,
        @NotNull Boolean stepsUpOnItsOwn,
        @NotBlank String source) {

    public DoseStep step(int step) {
        return steps.get(Math.min(Math.max(step, 1), steps.size()) - 1);
    }

    /** The last step whose stretch is small (the first step at least): where a stretch that must stay small goes back to. */
    public int lastSmallStep() {
        int last = 1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stretch() == Stretch.SMALL) {
                last = i + 1;
            }
        }
        return last;
    }
}
