package org.decompress.recommendation;

/** A rule made a safe option a better fit for this person by {@code points}. */
public record Preference(Option option, int points, String rule, String reason) {
}
