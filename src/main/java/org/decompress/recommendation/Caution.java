package org.decompress.recommendation;

import org.decompress.language.Wording;

/** Something this person must watch for while doing a chosen exercise. */
public record Caution(String exerciseId, String rule, Wording text) {

    public Caution(String exerciseId, String rule) {
        this(exerciseId, rule, Wording.ofRule(rule));
    }
}
