package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether high blood pressure was below 160/90 at the last check (PAR-Q+ 2023). */
@Schema(description = "Whether high blood pressure was below 160/90 at the last check: YES, NO or UNKNOWN (also when not answered).")
public enum BloodPressureControl {
    YES, NO, UNKNOWN
}
