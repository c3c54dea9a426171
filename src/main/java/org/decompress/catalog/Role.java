package org.decompress.catalog;

/** What an entry is for in a plan. */
public enum Role {
    /** A spinal decompression exercise; always followed by the cooldown. */
    DECOMPRESSION,
    /** The movement done after every decompression exercise. */
    COOLDOWN,
    /** A way of sitting, not an exercise: needs no cooldown. */
    POSTURE
}
