package org.decompress.problem;

/** One bad field: its path in the request (for example {@code painLevel} or {@code conditions[2]}) and what is wrong. */
public record FieldProblem(String field, String message) {
}
