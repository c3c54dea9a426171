package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.recommendation.Urgency;

/** What a referred person should do, how urgently, and which answers led there. */
@Schema(description = "What a referred person should do, how urgently, and why.", example = "{\"urgency\": \"EMERGENCY\", \"advice\": \"Go to an emergency department now.\", \"rule\": \"Referral: emergency\", \"reasons\": [{\"rule\": \"Red flag: new bladder or bowel trouble\", \"text\": \"New difficulty passing urine...\"}]}")
public record ReferralAdvice(Urgency urgency, String advice, String rule, List<RuleReason> reasons) {
}
