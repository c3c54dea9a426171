package org.decompress.recommendation;

/**
 * An exercise of the plan before the latest check-in, at the step that plan gave it. The plan is a
 * pure function of the answers and the check-ins, so the plan before is the plan for the same answers
 * and every check-in but the latest: what changed is read against it, whatever the check-in reported.
 */
public record PreviousExercise(String exerciseId, int step) {
}
