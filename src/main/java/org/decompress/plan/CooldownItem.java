package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.catalog.Dose;

/** The cooldown that follows a decompression exercise. */
@Schema(description = "The cooldown done after a decompression exercise.", example = "{\"id\": \"lumbar-rolls-pelvic-tilts\", \"name\": \"Lumbar rolls and pelvic tilts\", \"dose\": {\"repetitions\": 30}}")
public record CooldownItem(String id, String name, List<String> steps, Dose dose, List<String> cautions, String rule) {
}
