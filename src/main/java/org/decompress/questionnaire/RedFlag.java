package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/**
 * Answers that mean: no exercises, see a doctor (NICE NG59 and CKS red flags for low back pain; the
 * GIRFT 2023 cauda equina pathway; NICE NG234 2023; IFOMPT 2020). New values go at the end: the
 * questionnaire orders them for people.
 */
@Schema(description = "A red flag: any one means no exercises and a referral.")
public enum RedFlag {
    SADDLE_NUMBNESS, BLADDER_BOWEL_CHANGE, PROGRESSIVE_LEG_WEAKNESS, FEVER_OR_UNWELL,
    CANCER_HISTORY, UNEXPLAINED_WEIGHT_LOSS, RECENT_TRAUMA, SEVERE_NIGHT_PAIN,
    BOTH_LEGS, SEXUAL_DYSFUNCTION, WALKING_DIFFICULTY, THORACIC_PAIN, CONSTANT_PAIN, INFECTION_RISK,
    SUDDEN_DEFORMITY, PREGNANCY_BLEEDING_OR_CONTRACTIONS
}
