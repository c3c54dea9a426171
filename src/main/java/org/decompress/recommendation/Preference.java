package org.decompress.recommendation;

import org.decompress.language.Wording;

/** A rule made a safe option a better fit for this person by {@code points}. */
public record Preference(Option option, int points, String rule, Wording reason) {
}
