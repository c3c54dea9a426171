package org.decompress.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/** An RFC 9457 problem detail, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An RFC 9457 problem (application/problem+json); errors name each bad field.", example = OpenApiExamples.PROBLEM)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(String title, String detail, List<FieldProblem> errors) {
        return new Problem("about:blank", title, 400, detail, List.copyOf(errors));
    }
}
