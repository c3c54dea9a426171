package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far to take a stretch: the source starts small and goes firm, but comfortable, once used to it. */
@Schema(description = "SMALL at first; FIRM (firm but comfortable) once used to it.")
public enum Stretch {
    SMALL, FIRM
}
