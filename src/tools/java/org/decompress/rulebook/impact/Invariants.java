package org.decompress.rulebook.impact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decompress.catalog.Role;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Rating;

/**
 * The promises no rule edit may break (README, "What never happens"): no ruled-out exercise in a
 * plan, the cooldown after every decompression exercise, the disclaimers, a red flag always refers,
 * and what hurt never comes back; and no rule fails.
 */
final class Invariants {

    private Invariants() {
    }

    /** Each promise this side broke for this person, as a sentence. */
    static List<String> broken(Answers answers, Side side) {
        List<String> broken = new ArrayList<>();
        if (side.failed()) {
            broken.add("a rule failed: " + side.fault());
            return broken;
        }
        Plan plan = side.plan();
        Set<String> ruledOut = new HashSet<>();
        plan.excluded().stream().map(ExcludedExercise::id).forEach(ruledOut::add);
        for (PlanExercise e : plan.exercises()) {
            if (ruledOut.contains(e.id())) {
                broken.add(e.id() + " is in the plan and ruled out");
            }
            if (e.role() == Role.DECOMPRESSION && e.cooldown() == null) {
                broken.add(e.id() + " has no cooldown after it");
            }
        }
        if (plan.disclaimers().isEmpty()) {
            broken.add("no disclaimers");
        }
        if (answers.redFlags() != null && !answers.redFlags().isEmpty() && plan.status() != PlanStatus.REFER) {
            broken.add("a red flag (" + answers.redFlags() + ") and no referral");
        }
        Set<String> hurt = new HashSet<>();
        if (answers.checkIns() != null) {
            for (CheckIn checkIn : answers.checkIns()) {
                checkIn.exercises().stream().filter(x -> x.rating() == Rating.PAINFUL).map(ExerciseCheck::id).forEach(hurt::add);
            }
        }
        plan.exercises().stream().filter(e -> hurt.contains(e.id())).forEach(e -> broken.add(e.id() + " hurt at a check-in and is back"));
        return broken;
    }
}
