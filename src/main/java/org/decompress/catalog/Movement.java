package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** The direction in which an exercise moves or loads the lower back. */
@Schema(description = "The direction in which an exercise moves or loads the lower back.")
public enum Movement {
    /** Rounds the lower back forward. */
    FLEXION,
    /** Arches the lower back. */
    EXTENSION,
    /** Pulls the spine lengthwise. */
    TRACTION,
    /** Bends the trunk sideways. */
    SIDE_BEND,
    /** Keeps the lower back in its resting curve. */
    NEUTRAL,
    /** Lets the whole lower back lie flat (the posture reset position): eases an arched lower back. */
    FLATTENING
}
