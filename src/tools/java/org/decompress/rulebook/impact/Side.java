package org.decompress.rulebook.impact;

import java.util.Set;
import org.decompress.plan.Plan;

/** What one side of the comparison gave one person: a plan and the rules that fired, or the fault of a rule that failed. */
record Side(Plan plan, Set<String> firedRules, String fault) {

    static Side of(Plan plan, Set<String> fired) {
        return new Side(plan, fired, null);
    }

    static Side failed(String fault) {
        return new Side(null, Set.of(), fault);
    }

    boolean failed() {
        return fault != null;
    }
}
