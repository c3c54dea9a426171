package org.decompress.catalog;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalogs cut down to one form of one exercise, for tests that ask the rules what they decide about
 * that form alone (the decision table): with only that form on offer, a form no rule rules out is
 * the one chosen, so its cautions and favours show. A neutral probe exercise, which no rule rules out,
 * stands in where a slice needs a decompression exercise that is not the one asked about (the
 * cooldown's forms, the sitting technique).
 */
public final class CatalogSlices {

    public static final String PROBE = "decision-probe";

    private CatalogSlices() {
    }

    /** A catalog of these exercises, with the same equipment that counts as other equipment as {@code full}. */
    public static Catalog of(Catalog full, List<Exercise> exercises) {
        Map<Equipment, Set<Equipment>> alsoProvides = new EnumMap<>(Equipment.class);
        for (Equipment item : Equipment.values()) {
            Set<Equipment> more = EnumSet.copyOf(full.atHand(EnumSet.of(item)));
            more.remove(item);
            if (!more.isEmpty()) {
                alsoProvides.put(item, more);
            }
        }
        return new Catalog(exercises, alsoProvides);
    }

    /** The exercise offered in one form only: its plain form ({@code variant} null) or that variant. */
    public static Exercise onlyForm(Exercise e, String variant) {
        if (variant == null) {
            return new Exercise(e.id(), e.name(), e.role(), e.family(), e.summary(), e.steps(), e.dose(), e.cautions(), true, e.traits(),
                    List.of(), e.progression());
        }
        Variant only = e.variant(variant).orElseThrow(() -> new IllegalArgumentException(e.id() + " has no variant " + variant));
        return new Exercise(e.id(), e.name(), e.role(), e.family(), e.summary(), e.steps(), e.dose(), e.cautions(), false, e.traits(),
                List.of(only), e.progression());
    }

    /** A decompression exercise with no trait any rule could rule out: lying or sitting as it suits, gentle, no equipment. */
    public static Exercise probe(Exercise template) {
        Traits neutral = new Traits(Position.VARIES, false, false, false, false, false, Set.of(), Set.of(Movement.NEUTRAL), false, false,
                false, false, Intensity.GENTLE, false, false, false, false, false, false, false, false, false);
        return new Exercise(PROBE, "probe", Role.DECOMPRESSION, PROBE, "probe", List.of("probe"), template.dose(), List.of(), true, neutral,
                List.of(), template.progression());
    }
}
