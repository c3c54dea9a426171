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

    /**
     * Its place in the ranking as one number, higher is better: the score first, then the source's
     * order (listed earlier wins a tie). One number lets a rule find the best candidate with
     * {@code max}, in one pass, instead of comparing every candidate with every other.
     */
    public int rank() {
        return score * RANK_SCORE_STEP - option.catalogOrder();
    }

    /** Larger than any catalog order (exercise index x 100 + variant): up to 1,000 exercises. */
    static final int RANK_SCORE_STEP = 100_000;
}
