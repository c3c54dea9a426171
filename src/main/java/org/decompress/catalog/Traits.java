package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * What the rules decide from: every exercise (and every variant) carries all of these, so rules
 * never need to name exercise ids.
 */
@Schema(description = "What the rules decide from: position, floor, kneeling, arm load, balance, helper, equipment, movements, head-down, hanging, inverted, device, intensity.", example = "{\"position\": \"KNEELING\", \"onFloor\": true, \"kneeling\": true, \"loadsArms\": false, \"movements\": [\"FLEXION\"], \"intensity\": \"MODERATE\"}")
public record Traits(
        @NotNull Position position,
        @NotNull Boolean onFloor,
        @NotNull Boolean kneeling,
        /** Puts much of the body's weight through the arms and shoulders. */
        @NotNull Boolean loadsArms,
        /** Needs balance without holding onto anything. */
        @NotNull Boolean needsBalance,
        @NotNull Boolean needsHelper,
        @NotNull Set<@NotNull Equipment> equipment,
        @NotNull Set<@NotNull Movement> movements,
        /** The head ends up lower than the hips. */
        @NotNull Boolean headDown,
        /** The body hangs from the arms or the feet. */
        @NotNull Boolean suspended,
        /** Upside down: inversion table, anti-gravity boots. */
        @NotNull Boolean inverted,
        /** A bought decompression device. */
        @NotNull Boolean device,
        @NotNull Intensity intensity) {
}
