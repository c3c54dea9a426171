package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.decompress.config.OpenApiExamples;

/** How one exercise of the last plan went: the form and step done, and the rating. */
@Schema(description = "One exercise of the last plan: its id, the variant done (null for the plain form), the step, and how it went.",
        example = OpenApiExamples.EXERCISE_CHECK)
public record ExerciseCheck(
        @NotNull String id,
        String variant,
        @NotNull @Min(1) Integer step,
        @NotNull Rating rating) {
}
