package org.decompress.catalog;

import java.util.EnumSet;
import java.util.Set;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated exercise catalog, in the order of the source. Immutable. */
public final class Catalog {

    private final List<Exercise> exercises;
    private final Map<String, Exercise> byId;

    private final Map<Equipment, Set<Equipment>> alsoProvides;

    Catalog(List<Exercise> exercises, Map<Equipment, Set<Equipment>> alsoProvides) {
        this.exercises = List.copyOf(exercises);
        this.alsoProvides = Map.copyOf(alsoProvides);
        this.byId = exercises.stream().collect(Collectors.toUnmodifiableMap(Exercise::id, Function.identity()));
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The equipment at hand: what a person has, and what each item also counts as (a chair with a
     * back rest is a chair to sit on), as the catalog says.
     */
    public Set<Equipment> atHand(Set<Equipment> has) {
        EnumSet<Equipment> atHand = has.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(has);
        for (Equipment item : has) {
            atHand.addAll(alsoProvides.getOrDefault(item, Set.of()));
        }
        return atHand;
    }

    public Exercise get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no exercise with id " + id));
    }
}
