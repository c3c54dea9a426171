package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.catalog.Dose;
import org.decompress.config.OpenApiExamples;

/**
 * The cooldown that follows a decompression exercise, in the form that is safe for this person
 * ({@code variant} null for the plain form; {@code reasons} say why another form was needed).
 */
@Schema(description = "The cooldown done after a decompression exercise, in the form that is safe for this person.",
        example = OpenApiExamples.COOLDOWN_ITEM)
public record CooldownItem(String id, String name, String variant, String variantName, List<String> steps, Dose dose,
        List<String> cautions, List<RuleReason> reasons, String rule) {
}
