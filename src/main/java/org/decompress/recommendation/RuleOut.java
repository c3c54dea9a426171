package org.decompress.recommendation;

import java.util.EnumSet;
import java.util.Set;
import org.decompress.catalog.Equipment;
import org.decompress.catalog.Trait;
import org.decompress.language.Wording;

/**
 * An exclusion rule's conclusion about this person: every exercise form with any of
 * {@code traits}, or with all of {@code allTraits}, or needing any of {@code missingEquipment}, or
 * (for what a person reported about one exercise) every form of {@code exerciseId}, is ruled out,
 * for {@code reason}. A rule inserts
 * one such fact however many forms it rules out ({@code keptVariant}, when set, spares that one form of
 * {@code exerciseId}); {@link #appliesTo(Option)} says which.
 */
public record RuleOut(Set<Trait> traits, Set<Trait> allTraits, Set<Equipment> missingEquipment, String exerciseId, String keptVariant,
        String rule, Wording reason) {

    public RuleOut {
        traits = traits.isEmpty() ? Set.of() : EnumSet.copyOf(traits);
        allTraits = allTraits.isEmpty() ? Set.of() : EnumSet.copyOf(allTraits);
        missingEquipment = missingEquipment.isEmpty() ? Set.of() : EnumSet.copyOf(missingEquipment);
    }

    /** Rules out every form with any of these traits. */
    public static RuleOut anyOf(Set<Trait> traits, String rule) {
        return new RuleOut(traits, Set.of(), Set.of(), null, null, rule, Wording.ofRule(rule));
    }

    public static RuleOut anyOf(Trait trait, String rule) {
        return anyOf(EnumSet.of(trait), rule);
    }

    /** Rules out every form that has all of these traits together (for example: lying on the back, for minutes). */
    public static RuleOut allOf(Set<Trait> traits, String rule) {
        if (traits.size() < 2) {
            throw new IllegalArgumentException("allOf needs two traits or more; use anyOf for one");
        }
        return new RuleOut(Set.of(), traits, Set.of(), null, null, rule, Wording.ofRule(rule));
    }

    /**
     * Rules out every form that needs one of the missing items; the rule's sentence holds
     * {@code {equipment}} for what the form needs ("This needs {equipment}, which ...").
     */
    public static RuleOut needingAnyOf(Set<Equipment> missing, String rule) {
        return new RuleOut(Set.of(), Set.of(), missing, null, null, rule, Wording.ofRule(rule));
    }

    /** Rules out every form of one exercise: for what this person reported about that exercise itself. */
    public static RuleOut exercise(String exerciseId, String rule) {
        return new RuleOut(Set.of(), Set.of(), Set.of(), exerciseId, null, rule, Wording.ofRule(rule));
    }

    /** Rules out every form of one exercise but the variant {@code kept}: for a person who found the others too hard. */
    public static RuleOut otherFormsThan(String exerciseId, String kept, String rule) {
        return new RuleOut(Set.of(), Set.of(), Set.of(), exerciseId, kept, rule, Wording.ofRule(rule));
    }

    public boolean appliesTo(Option option) {
        return option.hasAnyOf(traits) || (!allTraits.isEmpty() && option.hasAllOf(allTraits)) || option.needsAnyOf(missingEquipment)
                || (exerciseId != null && exerciseId.equals(option.exerciseId())
                        && (keptVariant == null || !keptVariant.equals(option.variant())));
    }

    /** The reason as this form's exclusion gives it: for missing equipment, with what this form needs as its {@code {equipment}}. */
    public Wording reasonFor(Option option) {
        if (missingEquipment.isEmpty()) {
            return reason;
        }
        EnumSet<Equipment> lacking = EnumSet.noneOf(Equipment.class);
        for (Equipment item : option.equipment()) {
            if (missingEquipment.contains(item)) {
                lacking.add(item);
            }
        }
        return reason.with("equipment", lacking);
    }

    @Override
    public String toString() {
        return "RuleOut[" + rule + "]"; // the reason can quote an answer
    }
}
