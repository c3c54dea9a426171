package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.decompress.config.OpenApiExamples;

/** One step of an exercise's progression: how much, and how far to stretch. */
@Schema(description = "One step of an exercise's progression: the dose and the stretch.", example = OpenApiExamples.DOSE_STEP)
public record DoseStep(@NotNull @Valid Dose dose, @NotNull Stretch stretch) {
}
