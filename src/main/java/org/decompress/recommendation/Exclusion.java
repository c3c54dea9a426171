package org.decompress.recommendation;

/** A rule ruled this form of an exercise out for this person. */
public record Exclusion(Option option, String rule, String reason) {
}
