package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** One step of an exercise's progression: how much, and how far to stretch. */
@Schema(description = "One step of an exercise's progression: the dose and the stretch.", example = "{\"dose\": {\"holdSeconds\": 30, \"holds\": 2, \"timesADay\": 1}, \"stretch\": \"SMALL\"}")
public record DoseStep(@NotNull @Valid Dose dose, @NotNull Stretch stretch) {
}
