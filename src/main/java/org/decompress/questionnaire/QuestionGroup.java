package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A set of questions shown together, in the order of the questionnaire. */
@Schema(description = "Questions shown together.", example = "{\"id\": \"safety\", \"title\": \"Safety first\", \"help\": \"Tick any that apply to you now.\"}")
public record QuestionGroup(@NotBlank String id, @NotBlank String title, @NotBlank String help) {
}
