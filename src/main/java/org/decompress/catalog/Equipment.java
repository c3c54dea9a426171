package org.decompress.catalog;

import org.decompress.language.Listed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Things an exercise may need; the questionnaire asks which of them a person has. How a sentence
 * names each one is in the message files ({@code equipment.CHAIR} in messages/catalog_xx.properties).
 */
@Schema(description = "Something an exercise needs and a person may have.")
public enum Equipment implements Listed {
    CHAIR, ARMCHAIR, TWO_STURDY_CHAIRS, EXERCISE_BALL, OVERHEAD_BAR, BLOCK_OR_TOWEL, CHAIR_WITH_BACKREST,
    INVERSION_TABLE, ANTI_GRAVITY_BOOTS, TRACTION_DEVICE, LUMBAR_BELT;

    @Override
    public String kind() {
        return "equipment";
    }
}
