package org.decompress.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a check-in changed for one exercise of the plan. */
@Schema(description = "NEW (first plan, or new without replacing one), SAME, UP (one step up), DOWN (one step down or the gentler form), REPLACED (takes the place of one dropped).")
public enum Change {
    NEW, SAME, UP, DOWN, REPLACED
}
