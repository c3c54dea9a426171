package org.decompress.recommendation;

/** The cooldown that follows a chosen exercise, in the form ({@code form}: plain or a variant) that is safe for this person. */
public record Cooldown(String afterExerciseId, Option form, String rule) {

    public String cooldownId() {
        return form.exerciseId();
    }

    public String variant() {
        return form.variant();
    }
}
