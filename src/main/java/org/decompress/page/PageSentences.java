package org.decompress.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import org.decompress.catalog.Dose;
import org.decompress.catalog.Stretch;
import org.decompress.language.Language;
import org.decompress.language.Messages;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.decompress.plan.PlanExercise;
import org.decompress.problem.FieldIssue;

/**
 * The sentences a page builds, in its language: a dose, a step, what changed, a rule's title, a
 * problem with an answer. The pieces come from the message files; only their order is here.
 */
public record PageSentences(Language language, Messages msg, ContentWords texts) {

    public static PageSentences of(Language language, ContentWords texts) {
        return new PageSentences(language, MessageBundles.get(Messages.class, Localized.Literal.of(language.tag())), texts);
    }

    /** "Hold for 30 seconds, 2 times, once a day". */
    public String dose(Dose dose) {
        List<String> parts = new ArrayList<>();
        if (dose.holdSeconds() != null) {
            String hold = dose.maxHoldSeconds() == null ? msg.dose_hold(dose.holdSeconds()) : msg.dose_hold_range(dose.holdSeconds(), dose.maxHoldSeconds());
            parts.add(Boolean.TRUE.equals(dose.eachSide()) ? hold + " " + msg.dose_each_side() : hold);
        } else if (dose.repetitions() != null) {
            parts.add(msg.dose_repetitions(dose.repetitions()));
        } else if (dose.minutes() != null) {
            parts.add(dose.maxMinutes() == null ? msg.dose_rest(dose.minutes()) : msg.dose_rest_range(dose.minutes(), dose.maxMinutes()));
        }
        if (dose.holds() != null && dose.holds() > 1) {
            parts.add(msg.dose_times(dose.holds()));
        }
        if (dose.timesADay() != null) {
            parts.add(dose.timesADay() == 1 ? msg.dose_once_a_day() : msg.dose_times_a_day(dose.timesADay()));
        }
        String text = String.join(", ", parts);
        if (dose.note() != null) {
            text = text.isEmpty() ? dose.note() : text + ". " + dose.note();
        }
        return text;
    }

    /** The dose as a sentence that runs on into the step: "Hold for 30 seconds, 2 times, once a day." (a note keeps its own full stop). */
    public String doseSentence(Dose dose) {
        String text = dose(dose);
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    /**
     * The dose sentence of an exercise of this session: "how often a day" is left out when the session's line
     * already says it for every exercise ("Hold for 30 seconds, 2 times." under "3 exercises, ..., once a day.").
     */
    public String doseSentence(Dose dose, Session session) {
        boolean saidOnce = session.fewestTimesADay() != null && session.fewestTimesADay().equals(session.mostTimesADay());
        return doseSentence(saidOnce ? dose.withoutTimesADay() : dose);
    }

    /** "3 exercises, about 9 minutes, once a day. After a week or two, tell us how it went (at the end of this page)." */
    public String session(Session session) {
        List<String> parts = new ArrayList<>();
        parts.add(msg.session_exercises(session.exercises()));
        parts.add(msg.session_minutes(session.minutes()));
        if (session.fewestTimesADay() != null) {
            if (!session.fewestTimesADay().equals(session.mostTimesADay())) {
                parts.add(msg.session_times_a_day_range(session.fewestTimesADay(), session.mostTimesADay()));
            } else {
                parts.add(session.mostTimesADay() == 1 ? msg.dose_once_a_day() : msg.dose_times_a_day(session.mostTimesADay()));
            }
        }
        return String.join(", ", parts) + ". " + msg.session_check_in();
    }

    /** "Step 2: a firm but comfortable stretch". */
    public String step(PlanExercise exercise) {
        return exercise.stretch() == Stretch.FIRM ? msg.step_firm(exercise.step()) : msg.step_small(exercise.step());
    }

    /** What a check-in changed, in words. */
    public String change(PlanExercise exercise) {
        return switch (exercise.change()) {
            case NEW -> msg.change_NEW();
            case SAME -> msg.change_SAME();
            case UP -> msg.change_UP();
            case DOWN -> msg.change_DOWN();
            case REPLACED -> msg.change_REPLACED();
        };
    }

    /** Where a rule's entry is in the rule book, in this language: {@code /rules?lang=es#rule-knee-problem-no-kneeling}. */
    public String ruleHref(String rule) {
        return org.decompress.engine.RuleText.bookPath(rule, language);
    }

    /** "Rule: Knee problem: no kneeling", the rule's title in this language. */
    public String rule(String rule) {
        return msg.rule_label(texts.format(Wording.titleOf(rule)));
    }

    public String problem(FieldIssue issue) {
        return texts.format(issue.what());
    }
}
