package org.decompress.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's facts grouped by their class, read in one pass: what the rules concluded, ready to be
 * asked for by type. The facts the rules insert are records (final classes), so a fact's class is
 * the one type it is asked for by.
 */
final class FactsByType {

    private final Map<Class<?>, List<Object>> byType = new HashMap<>();

    FactsByType(Iterable<?> facts) {
        for (Object fact : facts) {
            byType.computeIfAbsent(fact.getClass(), type -> new ArrayList<>()).add(fact);
        }
    }

    /** Every fact of this class, in the order the session gave them: a list of the caller's own, to sort. */
    <T> List<T> all(Class<T> type) {
        List<T> facts = new ArrayList<>();
        for (Object fact : byType.getOrDefault(type, List.of())) {
            facts.add(type.cast(fact));
        }
        return facts;
    }

    /** Whether this very object is among the facts. */
    boolean holds(Object fact) {
        return byType.getOrDefault(fact.getClass(), List.of()).stream().anyMatch(held -> held == fact);
    }
}
