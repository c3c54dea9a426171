package org.decompress.plan;

import java.util.List;
import org.decompress.catalog.Dose;

/** The cooldown that follows a decompression exercise. */
public record CooldownItem(String id, String name, List<String> steps, Dose dose, List<String> cautions, String rule) {
}
