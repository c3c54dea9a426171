package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** One allowed answer: the value the API takes and the label a person reads. */
@Schema(description = "An allowed answer: the value the API takes and the label a person reads.", example = "{\"value\": \"KNEE\", \"label\": \"A knee problem, or you cannot kneel\"}")
public record QuestionOption(@NotBlank String value, @NotBlank String label) {
}
