package org.decompress.recommendation;

import java.util.List;
import java.util.function.Supplier;

/**
 * The plan before the latest check-in, worked out the first time a rule asks for it. The plan is a
 * pure function of the answers and the check-ins, so the plan before is the plan for the same answers
 * and every check-in but the latest; working it out is a whole evaluation (which may itself need the
 * plan before it, down to the first plan). Only an exercise chosen now that the latest check-in did not
 * report is read against it, so most check-ins never work it out: with 12 check-ins, evaluating every
 * plan before on every request cost 13 evaluations instead of one (measured, BENCHMARKS.md).
 * Inserted only when the answers carry check-ins; one per evaluation, used by one thread.
 */
public final class PlanBefore {

    private final Supplier<List<PreviousExercise>> plan;
    private List<PreviousExercise> exercises;

    public PlanBefore(Supplier<List<PreviousExercise>> plan) {
        this.plan = plan;
    }

    /** The exercises of the plan before, each at the step that plan gave it (none when it referred). */
    public List<PreviousExercise> exercises() {
        if (exercises == null) {
            exercises = List.copyOf(plan.get());
        }
        return exercises;
    }

    @Override
    public String toString() {
        return "PlanBefore";
    }
}
