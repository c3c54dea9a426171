package org.decompress.web;

import org.decompress.page.PageSentences;
import io.quarkus.qute.TemplateExtension;
import org.decompress.catalog.Dose;

/** What the guided timer needs of a dose, for the pages: {@code {exercise.dose.timerSeconds}}. The dose in words is {@link PageSentences#dose}. */
@TemplateExtension
public final class Doses {

    private Doses() {
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
