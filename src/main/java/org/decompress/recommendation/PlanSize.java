package org.decompress.recommendation;

/** How many decompression exercises the plan holds, and whether the sitting technique joins them. */
public record PlanSize(int decompressionExercises, boolean withSittingTechnique) {
}
