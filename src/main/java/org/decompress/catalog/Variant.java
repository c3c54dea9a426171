package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/**
 * Another form of an exercise. Its traits are the exercise's with the variant's changes applied
 * (done by {@link CatalogLoader}). Its summary is its own, always: the description says how it differs
 * from the exercise ("the same stretch while..."), so only the summary can stand for it alone where a
 * plan gives this form. Steps, dose and cautions fall back to the exercise's when not
 * given (a variant's own cautions replace the exercise's, so a caution about the plain form is never
 * shown on the form it recommends).
 */
@Schema(description = "Another form of an exercise; its traits are the exercise's with the variant's changes.", example = OpenApiExamples.VARIANT)
public record Variant(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String description,
        @NotBlank String summary,
        List<@NotBlank String> steps,
        List<@NotBlank String> cautions,
        @Valid Dose dose,
        @NotNull @Valid Traits traits) {
}
