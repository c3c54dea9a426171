package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the back has been since the last plan, all in all. */
@Schema(description = "How the back has been since the last plan: BETTER, SAME or WORSE.")
public enum Overall {
    BETTER, SAME, WORSE
}
