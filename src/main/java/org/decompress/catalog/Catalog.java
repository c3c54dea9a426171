package org.decompress.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated exercise catalog, in the order of the source. Immutable. */
public final class Catalog {

    private final List<Exercise> exercises;
    private final Map<String, Exercise> byId;

    Catalog(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
        this.byId = exercises.stream().collect(Collectors.toUnmodifiableMap(Exercise::id, Function.identity()));
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Exercise get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no exercise with id " + id));
    }
}
