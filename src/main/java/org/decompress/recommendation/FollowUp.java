package org.decompress.recommendation;

import org.decompress.questionnaire.Overall;

/**
 * The check-ins as the rules see them: the latest one, with what the rules compare it to (the
 * starting pain of the first answers, the check-in before). Inserted only when there are check-ins.
 * {@code previousOverall} is null when there is one check-in. Health data: {@link #toString()} shows no value.
 */
public record FollowUp(
        int checkIns,
        int weeks,
        int startPain,
        int painNow,
        int sessionsPerWeek,
        boolean nextMorningWorse,
        boolean legSymptomsSpreading,
        Overall overall,
        Overall previousOverall) {

    /** Pain now minus the starting pain: negative is better. */
    public int painChange() {
        return painNow - startPain;
    }

    @Override
    public String toString() {
        return "FollowUp[withheld: health data]";
    }
}
