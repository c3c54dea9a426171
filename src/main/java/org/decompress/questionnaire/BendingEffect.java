package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** What bending in one direction does to the pain. */
@Schema(description = "What bending in one direction does to the pain.")
public enum BendingEffect {
    BETTER, WORSE, NO_CHANGE, UNSURE
}
