package org.decompress.catalog;

/** How strong a stretch is, gentlest first. */
public enum Intensity {
    GENTLE, MODERATE, STRONG
}
