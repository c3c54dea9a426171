package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One question; {@code id} is the name of the field in the answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One question; id is the name of the answer field.", example = "{\"id\": \"painLevel\", \"group\": \"pain\", \"type\": \"INTEGER\", \"required\": true, \"text\": \"How bad is your back pain right now?\", \"min\": 0, \"max\": 10}")
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
