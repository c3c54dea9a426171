package org.decompress.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One question; {@code id} is the name of the field in the answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
        @NotBlank String id,
        @NotBlank String group,
        @NotNull QuestionType type,
        boolean required,
        @NotBlank String text,
        @NotBlank String help,
        Integer min,
        Integer max,
        @JsonProperty("default") Object defaultValue,
        List<@NotNull @Valid QuestionOption> options) {
}
