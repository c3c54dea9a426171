package org.decompress.recommendation;

/** The cooldown that follows a chosen exercise. */
public record Cooldown(String afterExerciseId, String cooldownId, String rule) {
}
