package org.decompress.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** One bad field: its path in the request (for example {@code painLevel} or {@code conditions[2]}) and what is wrong. */
@Schema(description = "A bad field and what is wrong with it.", example = "{\"field\": \"conditions[1]\", \"message\": \"not an allowed value\"}")
public record FieldProblem(String field, String message) {
}
