package org.decompress.questionnaire;

/** Health conditions that change which exercises are safe. */
public enum Condition {
    HYPERLORDOSIS, SHOULDER, NECK, UPPER_LIMB, BALANCE, KNEE, HIGH_BLOOD_PRESSURE, GLAUCOMA,
    HEART_DISEASE, PREGNANCY, OSTEOPOROSIS, RECENT_SPINE_SURGERY, CHEST_PAIN, DIZZINESS_OR_FAINTING
}
