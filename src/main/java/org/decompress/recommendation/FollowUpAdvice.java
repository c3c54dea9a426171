package org.decompress.recommendation;

/** Advice about the course as a whole after a check-in (for example: have the plan reviewed). */
public record FollowUpAdvice(String rule, String text) {
}
