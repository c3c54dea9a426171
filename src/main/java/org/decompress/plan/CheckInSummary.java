package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** What the check-ins add up to: the pain at the start and now, its history, and the advice, each with its rule. */
@Schema(description = "The check-ins in short: how many, the weeks, the pain at the start and now (painChange = now - start), "
        + "the pain at each check-in, and the follow-up advice with its rule.",
        example = "{\"checkIns\": 1, \"weeks\": 2, \"startPain\": 6, \"painNow\": 4, \"painChange\": -2, \"pain\": [{\"week\": 0, \"painLevel\": 6}, {\"week\": 2, \"painLevel\": 4}], \"advice\": [{\"rule\": \"A meaningful improvement\", \"text\": \"Your pain is clearly lower than when you started.\"}]}")
public record CheckInSummary(
        int checkIns,
        int weeks,
        int startPain,
        int painNow,
        int painChange,
        List<PainPoint> pain,
        List<RuleReason> advice) {
}
