package org.decompress.recommendation;

import org.decompress.language.Wording;

/** The dosing stage's conclusion for one exercise: its step, what changed, and the rule that said so. */
public record Dosing(String exerciseId, int step, Change change, String rule, Wording reason) {

    public Dosing(String exerciseId, int step, Change change, String rule) {
        this(exerciseId, step, change, rule, Wording.ofRule(rule));
    }
}
