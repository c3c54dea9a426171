package org.decompress.recommendation;

/** A form of an exercise chosen for the plan; {@code rank} is its place in the plan, from 1. */
public record Choice(Option option, int rank) {

    public String exerciseId() {
        return option.exerciseId();
    }

    public String family() {
        return option.family();
    }

    public org.decompress.catalog.Role role() {
        return option.role();
    }
}
