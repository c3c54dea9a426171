package org.decompress.web;

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
        if (dose.note() != null) {
            text.append(text.isEmpty() ? "" : ". ").append(dose.note());
        }
        return text.toString();
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
