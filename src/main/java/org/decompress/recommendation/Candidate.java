package org.decompress.recommendation;

import org.decompress.catalog.Role;

/** A form of an exercise that no rule ruled out, with the sum of its preference points. */
public record Candidate(Option option, int score) {

    public Role role() {
        return option.role();
    }

    public String family() {
        return option.family();
    }

    /** Better than {@code other}: higher score, or the same score and listed earlier in the source. */
    public boolean ranksAbove(Candidate other) {
        return score > other.score || (score == other.score && option.listedBefore(other.option));
    }
}
