package org.decompress.recommendation;

/** Something this person must watch for while doing a chosen exercise. */
public record Caution(String exerciseId, String rule, String text) {
}
