package org.decompress.recommendation;

import org.decompress.language.Wording;

/** A rule ruled this form of an exercise out for this person. */
public record Exclusion(Option option, String rule, Wording reason) {
}
