package org.decompress.recommendation;

/** The dosing stage's conclusion for one exercise: its step, what changed, and the rule that said so. */
public record Dosing(String exerciseId, int step, Change change, String rule, String reason) {
}
