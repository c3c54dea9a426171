package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** The body position an exercise is done in. */
@Schema(description = "The body position an exercise is done in.")
public enum Position {
    LYING_ON_BACK, FACE_DOWN, KNEELING, SITTING, STANDING, HANGING,
    /** Depends on the variant (the devices). */
    VARIES
}
