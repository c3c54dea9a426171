package org.decompress.recommendation;

import org.decompress.language.Wording;

/** The answer is a referral: no exercises, and what to do instead, as urgent as the most urgent reason. */
public record Referral(Urgency urgency, String rule, Wording advice) {

    public Referral(Urgency urgency, String rule) {
        this(urgency, rule, Wording.ofRule(rule));
    }
}
