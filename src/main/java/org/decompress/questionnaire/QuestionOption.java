package org.decompress.questionnaire;

import jakarta.validation.constraints.NotBlank;

/** One allowed answer: the value the API takes and the label a person reads. */
public record QuestionOption(@NotBlank String value, @NotBlank String label) {
}
