package org.decompress.recommendation;

import java.util.EnumSet;
import java.util.Set;
import org.decompress.catalog.Equipment;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Intensity;
import org.decompress.catalog.Movement;
import org.decompress.catalog.Position;
import org.decompress.catalog.Role;
import org.decompress.catalog.Trait;
import org.decompress.catalog.Traits;
import org.decompress.catalog.Variant;

/**
 * One form of a catalog exercise (its plain form or one variant) as a fact for the rules, with its
 * traits flattened so that a rule reads {@code Option( loadsArms )}. {@code variant} is null for
 * the plain form. {@code catalogOrder} breaks ties: the source's order, plain form before variants.
 */
public record Option(
        String exerciseId, String variant, Role role, String family, int catalogOrder,
        Position position, boolean onFloor, boolean kneeling, boolean loadsArms, boolean needsBalance,
        boolean needsHelper, Set<Equipment> equipment, Set<Movement> movements, boolean headDown,
        boolean suspended, boolean inverted, boolean device, Intensity intensity, Set<Trait> traits) {

    public Option {
        equipment = equipment.isEmpty() ? Set.of() : EnumSet.copyOf(equipment);
        movements = EnumSet.copyOf(movements);
        traits = EnumSet.copyOf(traits);
    }

    public static Option plain(Exercise exercise, int exerciseIndex) {
        return of(exercise, null, exercise.traits(), exerciseIndex * 100);
    }

    public static Option of(Exercise exercise, Variant variant, int exerciseIndex, int variantIndex) {
        return of(exercise, variant.id(), variant.traits(), exerciseIndex * 100 + variantIndex + 1);
    }

    private static Option of(Exercise e, String variant, Traits t, int order) {
        return new Option(e.id(), variant, e.role(), e.family(), order,
                t.position(), t.onFloor(), t.kneeling(), t.loadsArms(), t.needsBalance(),
                t.needsHelper(), t.equipment(), t.movements(), t.headDown(),
                t.suspended(), t.inverted(), t.device(), t.intensity(), Trait.of(t));
    }

    public boolean moves(Movement movement) {
        return movements.contains(movement);
    }

    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    public boolean hasAnyOf(Set<Trait> any) {
        for (Trait trait : any) {
            if (traits.contains(trait)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasAllOf(Set<Trait> all) {
        return traits.containsAll(all);
    }

    public boolean needsAnyOf(Set<Equipment> items) {
        for (Equipment item : items) {
            if (equipment.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** One form of one catalog: {@code catalogOrder} identifies it, so equality and hashing stay cheap for the rules' joins. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Option o && o.catalogOrder == catalogOrder && o.exerciseId.equals(exerciseId)
                && java.util.Objects.equals(o.variant, variant);
    }

    @Override
    public int hashCode() {
        return catalogOrder;
    }

    public String label() {
        return variant == null ? exerciseId : exerciseId + " (" + variant + ")";
    }
}
