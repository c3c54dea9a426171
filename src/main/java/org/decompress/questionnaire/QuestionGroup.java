package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.decompress.config.OpenApiExamples;

/** A set of questions shown together, in the order of the questionnaire. */
@Schema(description = "Questions shown together.", example = OpenApiExamples.QUESTION_GROUP)
public record QuestionGroup(@NotBlank String id, @NotBlank String title, @NotBlank String help) {
}
