package org.decompress.questionnaire;

/** Answers that mean: no exercises, see a doctor (NICE NG59 red flags for low back pain). */
public enum RedFlag {
    SADDLE_NUMBNESS, BLADDER_BOWEL_CHANGE, PROGRESSIVE_LEG_WEAKNESS, FEVER_OR_UNWELL,
    CANCER_HISTORY, UNEXPLAINED_WEIGHT_LOSS, RECENT_TRAUMA, SEVERE_NIGHT_PAIN
}
