package org.decompress.page;

import java.util.TreeSet;
import org.decompress.catalog.Dose;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;

/**
 * One session of a plan at a glance: how many exercises, about how long, how often a day. Only arithmetic
 * on the doses the plan already gives (the rules chose them); the seconds below are the time a person
 * needs around the doses, so that "about" is not an underestimate.
 */
public record Session(int exercises, int minutes, Integer fewestTimesADay, Integer mostTimesADay) {

    /** Getting into and out of the position, for every hold (and every side). */
    static final int SECONDS_TO_GET_INTO_POSITION = 10;
    /** One slow repetition of a cooldown. */
    static final int SECONDS_PER_REPETITION = 3;

    public static Session of(Plan plan) {
        int seconds = 0;
        TreeSet<Integer> timesADay = new TreeSet<>();
        for (PlanExercise exercise : plan.exercises()) {
            seconds += seconds(exercise.dose());
            if (exercise.cooldown() != null) {
                seconds += seconds(exercise.cooldown().dose());
            }
            if (exercise.dose().timesADay() != null) {
                timesADay.add(exercise.dose().timesADay());
            }
        }
        return new Session(plan.exercises().size(), Math.max(1, (seconds + 59) / 60), timesADay.isEmpty() ? null : timesADay.first(),
                timesADay.isEmpty() ? null : timesADay.last());
    }

    /** The time one session of this dose takes; a dose given only as a note ("whenever you sit for long") takes none of it. */
    static int seconds(Dose dose) {
        int sides = Boolean.TRUE.equals(dose.eachSide()) ? 2 : 1;
        int holds = dose.holds() == null ? 1 : dose.holds();
        if (dose.holdSeconds() != null) {
            return holds * sides * (dose.holdSeconds() + SECONDS_TO_GET_INTO_POSITION);
        }
        if (dose.minutes() != null) {
            return holds * dose.minutes() * 60 + SECONDS_TO_GET_INTO_POSITION;
        }
        if (dose.repetitions() != null) {
            return holds * sides * dose.repetitions() * SECONDS_PER_REPETITION;
        }
        return 0;
    }
}
