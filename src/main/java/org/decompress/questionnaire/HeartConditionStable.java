package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a heart condition is stable, in the sense of PAR-Q+ (2023) follow-up questions 3a-3d: YES
 * means none of these: hard to control with medicines, an irregular heartbeat that needs treatment,
 * heart failure, coronary heart disease without regular physical activity in the last 2 months.
 */
@Schema(description = "With HEART_DISEASE: YES when none of these applies: hard to control with medicines, an irregular heartbeat that needs "
        + "treatment, heart failure, coronary heart disease without regular activity in the last 2 months; NO when one does; UNKNOWN "
        + "(also when not answered) when the person cannot say.")
public enum HeartConditionStable {
    YES, NO, UNKNOWN
}
