package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.decompress.config.OpenApiExamples;

/**
 * One allowed answer: the value the API takes and the label a person reads; {@code askedAtCheckIn}
 * marks the red flags that every check-in asks again (the warning signs of cauda equina syndrome).
 */
@Schema(description = "An allowed answer: the value the API takes and the label a person reads; askedAtCheckIn: asked again at every check-in.",
        example = OpenApiExamples.QUESTION_OPTION)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record QuestionOption(@NotBlank String value, @NotBlank String label, boolean askedAtCheckIn) {
}
