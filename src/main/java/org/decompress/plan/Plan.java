package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** The answer to {@code POST /api/plans}: the JSON contract (README, "The JSON API"), field by field. */
@Schema(description = "The plan: exercises to do (status PLAN) or whom to see (status REFER), what was ruled out and why, and the disclaimers.", example = "{\"status\": \"PLAN\", \"exercises\": [{\"id\": \"knees-to-chest\", \"name\": \"Knees to chest\", \"role\": \"DECOMPRESSION\", \"summary\": \"Lying on your back, you hug your knees in.\", \"steps\": [\"Lie on your back on the floor.\"], \"dose\": {\"holdSeconds\": 30}, \"variant\": null, \"variantName\": null, \"cautions\": [], \"reasons\": [{\"rule\": \"Choose the best-ranked safe exercise\", \"text\": \"None of your answers rules it out.\"}], \"cooldown\": {\"id\": \"lumbar-rolls-pelvic-tilts\", \"name\": \"Lumbar rolls and pelvic tilts\", \"steps\": [\"Lie on your back.\"], \"dose\": {\"repetitions\": 30}, \"cautions\": [], \"rule\": \"Cooldown after every decompression exercise\"}}], \"excluded\": [{\"id\": \"chair-hover\", \"name\": \"Chair hover\", \"reasons\": [{\"rule\": \"Shoulder, neck or arm problem: nothing that loads the arms\", \"text\": \"You told us about a shoulder problem.\"}]}], \"referral\": null, \"disclaimers\": [\"This is general information, not medical advice.\"], \"source\": \"Exercises adapted from Spinal Decompression At Home.\"}")
public record Plan(
        PlanStatus status,
        List<PlanExercise> exercises,
        List<ExcludedExercise> excluded,
        ReferralAdvice referral,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The check-ins in short; null without check-ins")
        CheckInSummary checkIn,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Signs that mean: stop and get help (for example with leg pain, or in pregnancy), each with its rule")
        List<RuleReason> warnings,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Advice about the plan as a whole (for example about a device the person has), each with its rule")
        List<RuleReason> notes,
        List<String> disclaimers,
        String source) {
}
