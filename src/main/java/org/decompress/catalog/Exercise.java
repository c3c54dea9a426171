package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.decompress.config.OpenApiExamples;

/** One catalog entry, as read from {@code catalog/exercises.json}. */
@Schema(description = "A catalog entry with its steps, dose, cautions, variants and the traits the rules decide from.", example = OpenApiExamples.EXERCISE)
public record Exercise(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String id,
        @NotBlank String name,
        @NotNull Role role,
        /** Exercises of one family are near-duplicates: a plan holds at most one of them. */
        @NotBlank String family,
        @NotBlank String summary,
        @NotEmpty List<@NotBlank String> steps,
        @NotNull @Valid Dose dose,
        @NotNull List<@NotBlank String> cautions,
        /** False where only the variants are real exercises (the devices). */
        Boolean offeredWithoutVariant,
        @NotNull @Valid Traits traits,
        @NotNull List<@NotNull @Valid Variant> variants,
        /** Steps over check-ins; every exercise a plan can hold has one (not the cooldown). */
        @Valid Progression progression) {

    public Exercise {
        if (offeredWithoutVariant == null) {
            offeredWithoutVariant = true;
        }
        cautions = cautions == null ? List.of() : cautions;
        variants = variants == null ? List.of() : variants;
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /** The one line about the given form of this exercise (null means the plain form): every variant has its own. */
    public String summaryOf(String variantId) {
        return variant(variantId).map(Variant::summary).orElse(summary);
    }

    /** The steps of the given form of this exercise (null means the plain form). */
    public List<String> stepsOf(String variantId) {
        return variant(variantId).map(Variant::steps).filter(s -> s != null && !s.isEmpty()).orElse(steps);
    }

    /** The dose at a step of the progression (step 1 for a first plan); the catalog dose where there is no progression. */
    public Dose doseAt(String variantId, int step) {
        return progression == null ? doseOf(variantId) : progression.step(step).dose();
    }

    public Stretch stretchAt(int step) {
        return progression == null ? Stretch.SMALL : progression.step(step).stretch();
    }

    /** The cautions of the given form of this exercise (null means the plain form): a variant's own, else the exercise's. */
    public List<String> cautionsOf(String variantId) {
        return variant(variantId).map(Variant::cautions).filter(c -> c != null && !c.isEmpty()).orElse(cautions);
    }

    public Dose doseOf(String variantId) {
        return variant(variantId).map(Variant::dose).orElse(dose);
    }
}
