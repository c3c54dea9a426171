package org.decompress.web;

import org.decompress.page.Session;
import org.decompress.page.PageSentences;
import org.decompress.page.PageFrame;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.decompress.figure.Figure;
import org.decompress.language.Wording;
import org.decompress.plan.CooldownItem;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.RuleReason;
import org.decompress.problem.FieldIssue;
import org.decompress.questionnaire.QuestionOption;

/**
 * What the plan and referral pages show: the plan, the link that brings it back, and what the
 * "How did it go?" form needs (the link's answers and check-ins as hidden fields, the week to
 * suggest, the problems of a check-in sent with a mistake), all in the page's language.
 */
public record PlanPage(Plan plan, String link, String changeLink, List<FieldIssue> checkInProblems, List<QuestionOption> checkInFlags,
        PageFrame frame, PageSentences words) {

    /** A hidden field of the check-in form. */
    public record Field(String name, String value) {
    }

    /** A picture on the page: its address (in this language) and its words for people who cannot see it. */
    public record Picture(String key, String alt, String query) {
    }

    /** The picture of this form of the exercise (its variant's where it has one). */
    public Picture figure(PlanExercise exercise) {
        return picture(Figure.keyOf(exercise.id(), exercise.variant()));
    }

    public Picture cooldownFigure(CooldownItem cooldown) {
        return picture(Figure.keyOf(cooldown.id(), cooldown.variant()));
    }

    private Picture picture(String key) {
        return new Picture(key, words.texts().get(Figure.altKey(key)), "?lang=" + frame.lang() + "&v=" + frame.assets().version());
    }

    /**
     * A warning's key signs in one sentence ({@code .short} of its rule in messages/rules_xx.properties), the whole
     * warning folded under it; {@code null} for a warning short enough to be shown whole.
     */
    public String inShort(RuleReason warning) {
        Wording inShort = Wording.ofRule(warning.rule(), "short");
        return words.texts().has(inShort.key()) ? words.texts().format(inShort) : null;
    }

    /** An exercise's dose as its card says it, without how often a day when the session's line says that for all. */
    public String dose(PlanExercise exercise) {
        return words.doseSentence(exercise.dose(), Session.of(plan));
    }

    /** One session in a line: how many exercises, about how long, how often, when to check in. */
    public String session() {
        return words.session(Session.of(plan));
    }

    /**
     * The number of the earlier exercise after which the same cooldown is already shown in full, or 0 when the
     * exercise at this index is the first with it: the page shows each cooldown once and refers back to it.
     */
    public int cooldownShownAfter(int index) {
        CooldownItem cooldown = plan.exercises().get(index).cooldown();
        for (int earlier = 0; cooldown != null && earlier < index; earlier++) {
            CooldownItem before = plan.exercises().get(earlier).cooldown();
            if (before != null && before.id().equals(cooldown.id()) && java.util.Objects.equals(before.variant(), cooldown.variant())) {
                return earlier + 1;
            }
        }
        return 0;
    }

    /** Every answer and check-in of the link (and its language), so that the next plan's link carries them all. */
    public List<Field> hiddenFields() {
        int query = link.indexOf('?');
        if (query < 0) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (String pair : link.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.add(new Field(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        }
        return fields;
    }

    /** A problem with the check-in form: the question's label and what is wrong. */
    public String checkInProblem(FieldIssue issue) {
        return words.texts().format(Wording.of("problem.with").with("question", CheckInForm.label(issue.field()))
                .with("problem", issue.what()));
    }

    /** The week the next check-in most likely is: a week after the last one. */
    public int nextWeek() {
        return plan.checkIn() == null ? 1 : Math.min(52, plan.checkIn().weeks() + 1);
    }

    public boolean checkInsFull() {
        return plan.checkIn() != null && plan.checkIn().checkIns() >= org.decompress.questionnaire.CheckIn.MAX_CHECK_INS;
    }

    public PainChart chart() {
        return plan.checkIn() == null ? null : PainChart.of(plan.checkIn(), words.msg());
    }
}
