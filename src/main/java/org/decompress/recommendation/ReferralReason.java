package org.decompress.recommendation;

import org.decompress.language.Wording;

/** An answer that means this person should see someone instead of (or before) exercising. */
public record ReferralReason(Urgency urgency, String rule, Wording text) {

    public ReferralReason(Urgency urgency, String rule) {
        this(urgency, rule, Wording.ofRule(rule));
    }
}
