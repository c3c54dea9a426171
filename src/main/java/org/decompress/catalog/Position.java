package org.decompress.catalog;

/** The body position an exercise is done in. */
public enum Position {
    LYING_ON_BACK, FACE_DOWN, KNEELING, SITTING, STANDING, HANGING,
    /** Depends on the variant (the devices). */
    VARIES
}
