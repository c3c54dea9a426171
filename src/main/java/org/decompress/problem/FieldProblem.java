package org.decompress.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;
/** One bad field: its path in the request (for example {@code painLevel} or {@code conditions[2]}) and what is wrong. */
@Schema(description = "A bad field and what is wrong with it.", example = OpenApiExamples.FIELD_PROBLEM)
public record FieldProblem(String field, String message) {
}
