package org.decompress.recommendation;

import org.decompress.language.Wording;

/** A follow-up rule's reason why no step goes up: for one exercise, or for all ({@code exerciseId} null). */
public record StepHold(String exerciseId, String rule, Wording reason) {

    public StepHold(String exerciseId, String rule) {
        this(exerciseId, rule, Wording.ofRule(rule));
    }

    public static StepHold forAll(String rule) {
        return new StepHold(null, rule);
    }

    public boolean holds(String id) {
        return exerciseId == null || exerciseId.equals(id);
    }
}
