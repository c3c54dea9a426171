package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Answers that mean: no exercises, see a doctor (NICE NG59 red flags for low back pain). */
@Schema(description = "A red flag: any one means no exercises and a referral.")
public enum RedFlag {
    SADDLE_NUMBNESS, BLADDER_BOWEL_CHANGE, PROGRESSIVE_LEG_WEAKNESS, FEVER_OR_UNWELL,
    CANCER_HISTORY, UNEXPLAINED_WEIGHT_LOSS, RECENT_TRAUMA, SEVERE_NIGHT_PAIN
}
