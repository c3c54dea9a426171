package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;
/** A sentence for the person and the name of the rule in {@code rules/} that produced it. */
@Schema(description = "A sentence for the person and the name of the rule that produced it.", example = OpenApiExamples.RULE_REASON)
public record RuleReason(String rule, String text) {
}
