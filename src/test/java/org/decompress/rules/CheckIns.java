package org.decompress.rules;

import java.util.List;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;

/** Check-ins for the tests, read like a clinician's notes: {@code week(2).pain(3).sessions(4).rated(plan, JUST_RIGHT)}. */
public final class CheckIns {

    private int week = 1;
    private int pain = 3;
    private int sessions = 4;
    private boolean nextMorningWorse;
    private boolean legSymptomsSpreading;
    private Overall overall = Overall.SAME;
    private List<ExerciseCheck> exercises = List.of();

    private CheckIns() {
    }

    public static CheckIns week(int week) {
        CheckIns c = new CheckIns();
        c.week = week;
        return c;
    }

    public CheckIns pain(int value) {
        pain = value;
        return this;
    }

    public CheckIns sessions(int value) {
        sessions = value;
        return this;
    }

    public CheckIns nextMorningWorse() {
        nextMorningWorse = true;
        return this;
    }

    public CheckIns legSymptomsSpreading() {
        legSymptomsSpreading = true;
        return this;
    }

    public CheckIns overall(Overall value) {
        overall = value;
        return this;
    }

    public CheckIns done(ExerciseCheck... done) {
        exercises = List.of(done);
        return this;
    }

    /** Every exercise of a plan, at the form and step the plan gave, with one rating. */
    public CheckIns rated(Plan plan, Rating rating) {
        exercises = plan.exercises().stream().map(e -> did(e, rating)).toList();
        return this;
    }

    public static ExerciseCheck did(PlanExercise exercise, Rating rating) {
        return new ExerciseCheck(exercise.id(), exercise.variant(), exercise.step(), rating);
    }

    public static ExerciseCheck did(String id, String variant, int step, Rating rating) {
        return new ExerciseCheck(id, variant, step, rating);
    }

    public CheckIn build() {
        return new CheckIn(week, pain, sessions, nextMorningWorse, legSymptomsSpreading, overall, exercises);
    }
}
