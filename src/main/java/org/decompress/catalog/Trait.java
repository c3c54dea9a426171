package org.decompress.catalog;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an exercise form is or needs, in the words the rules use to rule forms out or favour them
 * ("a knee problem rules out KNEELING"). Each form's traits follow from its entry in the catalog
 * ({@link #of(Traits)}): rules never name an exercise to rule it out or favour it.
 */
@Schema(description = "What an exercise form is or needs, as the rules name it.")
public enum Trait {
    /** Its position (kneeling positions carry KNEELING). */
    LYING_ON_BACK, FACE_DOWN, SITTING, STANDING, HANGING,
    ON_FLOOR, KNEELING,
    /** Puts much of the body's weight through the arms and shoulders. */
    LOADS_ARMS,
    /** Needs balance without holding onto anything. */
    NEEDS_BALANCE,
    NEEDS_HELPER, NEEDS_EQUIPMENT, NEEDS_NO_EQUIPMENT,
    /** The head ends up lower than the hips. */
    HEAD_DOWN,
    /** The body hangs from the arms or the feet. */
    SUSPENDED,
    /** Upside down. */
    INVERTED,
    /** A bought decompression device. */
    DEVICE,
    /** The direction it moves or loads the lower back: see {@link Movement}. */
    FLEXION, EXTENSION, TRACTION, SIDE_BEND, NEUTRAL, FLATTENING,
    /** How strong a stretch it is: see {@link Intensity}. */
    GENTLE, MODERATE, STRONG,
    /** The head ends up below the hips. */
    HEAD_BELOW_HIPS,
    /** A hip bends past a right angle. */
    DEEP_HIP_FLEXION,
    /** A leg is swung or pulled across the middle of the body. */
    LEG_ACROSS,
    /** Lying with the belly pressed onto something. */
    PRESSES_BELLY,
    /** Both knees drawn up against the belly. */
    KNEES_TO_BELLY,
    /** Standing on one leg, with or without holding on. */
    ONE_LEG_STANDING,
    /** The body's weight or a helper's pull draws the joints apart. */
    PULLS_ON_JOINTS,
    /** Kept up for minutes at a time. */
    LASTS_MINUTES,
    /** Turns the lower back round one way and the other, again and again. */
    TWISTS;

    /** The traits of a form with these catalog traits. */
    public static Set<Trait> of(Traits t) {
        EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);
        switch (t.position()) {
            case LYING_ON_BACK -> traits.add(LYING_ON_BACK);
            case FACE_DOWN -> traits.add(FACE_DOWN);
            case KNEELING -> traits.add(KNEELING);
            case SITTING -> traits.add(SITTING);
            case STANDING -> traits.add(STANDING);
            case HANGING -> traits.add(HANGING);
            case VARIES -> { }
        }
        addIf(traits, t.onFloor(), ON_FLOOR);
        addIf(traits, t.kneeling(), KNEELING);
        addIf(traits, t.loadsArms(), LOADS_ARMS);
        addIf(traits, t.needsBalance(), NEEDS_BALANCE);
        addIf(traits, t.needsHelper(), NEEDS_HELPER);
        traits.add(t.equipment().isEmpty() ? NEEDS_NO_EQUIPMENT : NEEDS_EQUIPMENT);
        addIf(traits, t.headDown(), HEAD_DOWN);
        addIf(traits, t.suspended(), SUSPENDED);
        addIf(traits, t.inverted(), INVERTED);
        addIf(traits, t.device(), DEVICE);
        for (Movement movement : t.movements()) {
            traits.add(Trait.valueOf(movement.name()));
        }
        traits.add(Trait.valueOf(t.intensity().name()));
        addIf(traits, t.headBelowHips(), HEAD_BELOW_HIPS);
        addIf(traits, t.deepHipFlexion(), DEEP_HIP_FLEXION);
        addIf(traits, t.legAcross(), LEG_ACROSS);
        addIf(traits, t.pressesBelly(), PRESSES_BELLY);
        addIf(traits, t.kneesToBelly(), KNEES_TO_BELLY);
        addIf(traits, t.standsOnOneLeg(), ONE_LEG_STANDING);
        addIf(traits, t.pullsOnJoints(), PULLS_ON_JOINTS);
        addIf(traits, t.lastsMinutes(), LASTS_MINUTES);
        addIf(traits, t.twists(), TWISTS);
        return traits;
    }

    private static void addIf(Set<Trait> traits, boolean condition, Trait trait) {
        if (condition) {
            traits.add(trait);
        }
    }
}
