package org.decompress.recommendation;

/** Why an exercise was chosen (or in what form), in words a person understands. */
public record Reason(String exerciseId, String rule, String text) {
}
