package org.decompress.recommendation;

import org.decompress.language.Wording;

/** Advice about the plan as a whole that is neither a disclaimer nor a warning (for example about a device the person has). */
public record Note(String rule, Wording text) {

    public Note(String rule) {
        this(rule, Wording.ofRule(rule));
    }
}
