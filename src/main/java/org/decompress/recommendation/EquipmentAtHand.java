package org.decompress.recommendation;

import java.util.EnumSet;
import java.util.Set;
import org.decompress.catalog.Equipment;

/**
 * The equipment a person has at hand, counting what each item also is (catalog data: a chair with
 * a back rest is a chair to sit on), and so what is missing.
 */
public record EquipmentAtHand(Set<Equipment> items) {

    public EquipmentAtHand {
        items = Set.copyOf(items);
    }

    /** Whether everything this form needs is at hand (for example: the person has this device). */
    public boolean hasAllThatNeeds(Option form) {
        return items.containsAll(form.equipment());
    }

    public Set<Equipment> missing() {
        EnumSet<Equipment> missing = EnumSet.allOf(Equipment.class);
        missing.removeAll(items);
        return missing;
    }
}
