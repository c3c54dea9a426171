package org.decompress.rules;

import java.util.List;
import java.util.Random;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;

/** Lets tests in other packages reuse the property tests' generators of valid answers and check-ins. */
public final class PlanInvariantsPropertyTestAccess {

    private PlanInvariantsPropertyTestAccess() {
    }

    public static Answers randomAnswers(Random random) {
        return PlanInvariantsPropertyTest.randomAnswers(random);
    }

    /** A check-in on {@code plan}'s exercises, after {@code history}, as the check-in property test makes them. */
    public static CheckIn randomCheckIn(Random random, Plan plan, List<CheckIn> history) {
        return CheckInPropertyTest.randomCheckIn(random, plan, history);
    }
}
