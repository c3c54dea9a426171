package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** What an entry is for in a plan. */
@Schema(description = "What an entry is for in a plan: a decompression exercise, the cooldown, or a way of sitting.")
public enum Role {
    /** A spinal decompression exercise; always followed by the cooldown. */
    DECOMPRESSION,
    /** The movement done after every decompression exercise. */
    COOLDOWN,
    /** A way of sitting, not an exercise: needs no cooldown. */
    POSTURE
}
