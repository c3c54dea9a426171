package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Health conditions that change which exercises are safe. */
@Schema(description = "A condition that rules out some exercises (or, for chest pain, all of them).")
public enum Condition {
    HYPERLORDOSIS, SHOULDER, NECK, UPPER_LIMB, BALANCE, KNEE, HIGH_BLOOD_PRESSURE, GLAUCOMA,
    HEART_DISEASE, PREGNANCY, OSTEOPOROSIS, RECENT_SPINE_SURGERY, CHEST_PAIN, DIZZINESS_OR_FAINTING,
    LONG_TERM_STEROIDS, EYE_SURGERY, HIP_REPLACEMENT_RECENT, HYPERMOBILITY, HERNIA_OR_ABDOMINAL_SURGERY,
    ANTICOAGULANTS, SPONDYLOLISTHESIS_OR_STENOSIS, FALLS, PREGNANCY_COMPLICATION
}
