package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/** What the check-ins add up to: the pain at the start and now, its history, and the advice, each with its rule. */
@Schema(description = "The check-ins in short: how many, the weeks, the pain at the start and now (painChange = now - start), "
        + "the pain at each check-in, and the follow-up advice with its rule.",
        example = OpenApiExamples.CHECK_IN_SUMMARY)
public record CheckInSummary(
        int checkIns,
        int weeks,
        int startPain,
        int painNow,
        int painChange,
        List<PainPoint> pain,
        List<RuleReason> advice) {
}
