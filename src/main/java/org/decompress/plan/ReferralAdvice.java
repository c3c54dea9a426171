package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.recommendation.Urgency;
import org.decompress.config.OpenApiExamples;

/** What a referred person should do, how urgently, and which answers led there. */
@Schema(description = "What a referred person should do, how urgently, and why.", example = OpenApiExamples.REFERRAL_ADVICE)
public record ReferralAdvice(Urgency urgency, String advice, String rule, List<RuleReason> reasons) {
}
