package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A follow-up question is asked when another question has this answer (for several, when any of them holds). */
@Schema(description = "A follow-up question is asked when the question with this id has this answer (any of several).",
        example = "{\"question\": \"conditions\", \"answer\": \"PREGNANCY\"}")
public record AnswerIs(@NotBlank String question, @NotBlank String answer) {
}
