package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.decompress.config.OpenApiExamples;

/** A follow-up question is asked when another question has this answer (for several, when any of them holds). */
@Schema(description = "A follow-up question is asked when the question with this id has this answer (any of several).",
        example = OpenApiExamples.ANSWER_IS)
public record AnswerIs(@NotBlank String question, @NotBlank String answer) {
}
