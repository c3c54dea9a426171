package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/**
 * One question; {@code id} is the name of the field in the answers. A follow-up ({@code askedWhen})
 * matters only when one of those answers is given: the page shows it only then (with JavaScript;
 * without, it is shown as an optional question saying when it applies).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One question; id is the name of the answer field.", example = OpenApiExamples.QUESTION)
public record Question(
        @NotBlank String id,
        @NotBlank String group,
        @NotNull QuestionType type,
        boolean required,
        @NotBlank String text,
        @NotBlank String help,
        Integer min,
        Integer max,
        @Schema(description = "What a number counts, for example years")
        String unit,
        @JsonProperty("default") Object defaultValue,
        List<@NotNull @Valid QuestionOption> options,
        @Schema(description = "A follow-up: asked only when one of these answers is given")
        List<@NotNull @Valid AnswerIs> askedWhen,
        @Schema(description = "A safety question: the page and the FHIR questionnaire need an explicit answer (for a list, 'none of these'); "
                + "the JSON API keeps its documented default")
        boolean safety,
        @Schema(description = "For a safety question with a list: how the page and the FHIR questionnaire say 'none of these' (an empty list)")
        String noneLabel) {

    public boolean followUp() {
        return askedWhen != null && !askedWhen.isEmpty();
    }

    /** A whole number with few values is asked as a row of buttons; a longer range as a number field. */
    public boolean scale() {
        return type == QuestionType.INTEGER && min != null && max != null && max - min <= 10;
    }
}
