package org.decompress.recommendation;

/** A follow-up rule's proposal for one exercise: one step up, or down (to {@code step}). */
public record StepProposal(String exerciseId, Change change, int step, String rule, String reason) {
}
