package org.decompress.recommendation;

import org.decompress.language.Wording;

/** Why an exercise was chosen (or in what form), in words a person understands. */
public record Reason(String exerciseId, String rule, Wording text) {

    public Reason(String exerciseId, String rule) {
        this(exerciseId, rule, Wording.ofRule(rule));
    }

    /** The rule's sentence around another rule's reason (for example why the plain form was ruled out): its {@code {reason}}. */
    public static Reason around(String exerciseId, String rule, Wording because) {
        return new Reason(exerciseId, rule, Wording.ofRule(rule).with("reason", because));
    }
}
