package org.decompress.plan;

import java.util.List;
import org.decompress.recommendation.Urgency;

/** What a referred person should do, how urgently, and which answers led there. */
public record ReferralAdvice(Urgency urgency, String advice, String rule, List<RuleReason> reasons) {
}
