package org.decompress.recommendation;

import org.decompress.language.Wording;

/** Advice about the course as a whole after a check-in (for example: have the plan reviewed). */
public record FollowUpAdvice(String rule, Wording text) {

    public FollowUpAdvice(String rule) {
        this(rule, Wording.ofRule(rule));
    }
}
