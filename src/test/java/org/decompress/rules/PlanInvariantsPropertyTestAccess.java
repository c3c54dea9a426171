package org.decompress.rules;

import java.util.Random;
import org.decompress.questionnaire.Answers;

/** Lets tests in other packages reuse the property test's generator of valid answers. */
public final class PlanInvariantsPropertyTestAccess {

    private PlanInvariantsPropertyTestAccess() {
    }

    public static Answers randomAnswers(Random random) {
        return PlanInvariantsPropertyTest.randomAnswers(random);
    }
}
