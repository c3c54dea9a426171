package org.decompress.questionnaire;

import jakarta.validation.constraints.NotBlank;

/** A set of questions shown together, in the order of the questionnaire. */
public record QuestionGroup(@NotBlank String id, @NotBlank String title, @NotBlank String help) {
}
