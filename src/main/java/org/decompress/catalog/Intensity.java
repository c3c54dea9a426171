package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** How strong a stretch is, gentlest first. */
@Schema(description = "How strong a stretch is, gentlest first.")
public enum Intensity {
    GENTLE, MODERATE, STRONG
}
