package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** A sentence for the person and the name of the rule in {@code rules/} that produced it. */
@Schema(description = "A sentence for the person and the name of the rule that produced it.", example = "{\"rule\": \"Knee problem: no kneeling\", \"text\": \"You told us about a knee problem, and this exercise is done kneeling.\"}")
public record RuleReason(String rule, String text) {
}
