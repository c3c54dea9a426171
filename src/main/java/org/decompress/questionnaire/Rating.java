package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one exercise went, in the person's words. */
@Schema(description = "How one exercise went: TOO_EASY, JUST_RIGHT, TOO_HARD, PAINFUL (it hurt) or NOT_DONE.")
public enum Rating {
    TOO_EASY, JUST_RIGHT, TOO_HARD, PAINFUL, NOT_DONE;

    /** Easy enough to go on with: the ratings after which a step may go up. */
    public boolean comfortable() {
        return this == TOO_EASY || this == JUST_RIGHT;
    }
}
