package org.decompress.recommendation;

/** An answer that means this person should see someone instead of (or before) exercising. */
public record ReferralReason(Urgency urgency, String rule, String text) {
}
