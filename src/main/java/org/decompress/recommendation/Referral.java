package org.decompress.recommendation;

/** The answer is a referral: no exercises, and what to do instead, as urgent as the most urgent reason. */
public record Referral(Urgency urgency, String advice, String rule) {
}
