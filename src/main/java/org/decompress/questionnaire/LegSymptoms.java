package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where pain, tingling or numbness reaches below the buttock. In both legs the question asks whether
 * it is new or getting worse (a warning sign of cauda equina syndrome) or long-standing and unchanged
 * (as spinal stenosis often is).
 */
@Schema(description = "Pain, tingling or numbness below the buttock: NONE, ONE_LEG, BOTH_LEGS_NEW_OR_WORSE (new or getting worse in both legs: "
        + "an emergency), BOTH_LEGS_LONG_STANDING (both legs, long-standing and unchanged). Supersedes painIntoLeg, which stays valid.")
public enum LegSymptoms {
    NONE, ONE_LEG, BOTH_LEGS_NEW_OR_WORSE, BOTH_LEGS_LONG_STANDING;

    /** Symptoms reach at least one leg. */
    public boolean reachALeg() {
        return this != NONE;
    }
}
