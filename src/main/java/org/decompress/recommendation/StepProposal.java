package org.decompress.recommendation;

import org.decompress.language.Wording;

/** A follow-up rule's proposal for one exercise: one step up, or down (to {@code step}). */
public record StepProposal(String exerciseId, Change change, int step, String rule, Wording reason) {

    public StepProposal(String exerciseId, Change change, int step, String rule) {
        this(exerciseId, change, step, rule, Wording.ofRule(rule));
    }

    /** For a rule that says more than one thing: its sentence named {@code part}. */
    public StepProposal(String exerciseId, Change change, int step, String rule, String part) {
        this(exerciseId, change, step, rule, Wording.ofRule(rule, part));
    }
}
