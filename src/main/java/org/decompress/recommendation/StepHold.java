package org.decompress.recommendation;

/** A follow-up rule's reason why no step goes up: for one exercise, or for all ({@code exerciseId} null). */
public record StepHold(String exerciseId, String rule, String reason) {

    public static StepHold forAll(String rule, String reason) {
        return new StepHold(null, rule, reason);
    }

    public boolean holds(String id) {
        return exerciseId == null || exerciseId.equals(id);
    }
}
