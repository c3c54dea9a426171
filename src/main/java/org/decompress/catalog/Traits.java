package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.decompress.config.OpenApiExamples;

/**
 * What the rules decide from: every exercise (and every variant) carries all of these, so rules
 * never need to name exercise ids. The catalog says what the body does; a rule says for whom that
 * is unsafe.
 */
@Schema(description = "What the rules decide from: position, floor, kneeling, arm load, balance, helper, equipment, movements, head-down, hanging, inverted, device, intensity, and what the body does (head below the hips, deep hip bending, a leg across, pressure on the belly, knees to the belly, one leg, a pull on the joints, minutes in one position).", example = OpenApiExamples.TRAITS)
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
        @NotNull Intensity intensity,
        /** The head ends up below the hips, if only a little (child's pose, chair flexion, and every head-down form). */
        @NotNull Boolean headBelowHips,
        /** A hip bends past a right angle. */
        @NotNull Boolean deepHipFlexion,
        /** A leg is swung or pulled across the middle of the body. */
        @NotNull Boolean legAcross,
        /** Lying with the belly pressed onto something. */
        @NotNull Boolean pressesBelly,
        /** Both knees drawn up against the belly. */
        @NotNull Boolean kneesToBelly,
        /** Standing on one leg, with or without holding on. */
        @NotNull Boolean standsOnOneLeg,
        /** The body's weight or a helper's pull draws the joints apart (hanging, being pulled). */
        @NotNull Boolean pullsOnJoints,
        /** Kept up for minutes at a time: a long rest, or 30 slow repetitions after every exercise. */
        @NotNull Boolean lastsMinutes,
        /** Turns the lower back round one way and the other, again and again (knee rolls). */
        @NotNull Boolean twists) {

    @AssertTrue(message = "a head-down form has its head below the hips too (headBelowHips: true)")
    boolean isHeadDownAlsoBelowHips() {
        return !Boolean.TRUE.equals(headDown) || Boolean.TRUE.equals(headBelowHips);
    }
}
