package org.decompress.web;

import org.decompress.catalog.Stretch;
import org.decompress.plan.PlanExercise;

import io.quarkus.qute.TemplateExtension;
import org.decompress.catalog.Dose;

/** A dose in words, for the pages: {@code {exercise.dose.text}}. */
@TemplateExtension
public final class Doses {

    private Doses() {
    }

    public static String text(Dose dose) {
        StringBuilder text = new StringBuilder();
        if (dose.holdSeconds() != null) {
            text.append("Hold for ").append(dose.holdSeconds());
            if (dose.maxHoldSeconds() != null) {
                text.append(" to ").append(dose.maxHoldSeconds());
            }
            text.append(" seconds");
            if (Boolean.TRUE.equals(dose.eachSide())) {
                text.append(" on each side");
            }
        } else if (dose.repetitions() != null) {
            text.append(dose.repetitions()).append(" slow repetitions");
        } else if (dose.minutes() != null) {
            text.append("Rest for ").append(dose.minutes());
            if (dose.maxMinutes() != null) {
                text.append(" to ").append(dose.maxMinutes());
            }
            text.append(" minutes");
        }
        if (dose.holds() != null && dose.holds() > 1) {
            text.append(", ").append(dose.holds()).append(" times");
        }
        if (dose.timesADay() != null) {
            text.append(dose.timesADay() == 1 ? ", once a day" : ", " + dose.timesADay() + " times a day");
        }
        if (dose.note() != null) {
            text.append(text.isEmpty() ? "" : ". ").append(dose.note());
        }
        return text.toString();
    }

    /** The step and stretch of a plan exercise in words: "Step 2 of 4: a firm but comfortable stretch". */
    public static String stepText(PlanExercise exercise) {
        return "Step " + exercise.step() + (exercise.stretch() == Stretch.FIRM
                ? ": a firm but comfortable stretch" : ": a small stretch");
    }

    /** What a check-in changed, in words. */
    public static String changeText(PlanExercise exercise) {
        return switch (exercise.change()) {
            case NEW -> "New";
            case SAME -> "Same step";
            case UP -> "One step up";
            case DOWN -> "One step down";
            case REPLACED -> "Replaces an exercise";
        };
    }

    /** Seconds the hold timer counts down, or 0 where there is nothing to time. */
    public static int timerSeconds(Dose dose) {
        if (dose.holdSeconds() != null) {
            return dose.holdSeconds();
        }
        return dose.minutes() != null ? dose.minutes() * 60 : 0;
    }

    public static int sides(Dose dose) {
        return Boolean.TRUE.equals(dose.eachSide()) ? 2 : 1;
    }
}
