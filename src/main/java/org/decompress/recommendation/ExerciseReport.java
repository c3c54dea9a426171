package org.decompress.recommendation;

import org.decompress.catalog.Stretch;
import org.decompress.questionnaire.Rating;

/**
 * How one exercise went at one check-in, with the catalog facts the follow-up rules need: the
 * exercise's gentle variant (null when it has none), whether the form done was it, its top step,
 * whether it may step up on its own, the stretch of the step done and the last step whose stretch
 * is small. {@code latest} marks the last check-in; {@code previousRating} is the same
 * exercise's rating at the check-in before the latest (null when it was not done then).
 */
public record ExerciseReport(
        String exerciseId,
        String variant,
        int step,
        Rating rating,
        Rating previousRating,
        boolean latest,
        String gentleVariant,
        boolean onGentleForm,
        int topStep,
        boolean stepsUpOnItsOwn,
        Stretch stretch,
        int lastSmallStep) {

    @Override
    public String toString() {
        return "ExerciseReport[" + exerciseId + "]";
    }
}
