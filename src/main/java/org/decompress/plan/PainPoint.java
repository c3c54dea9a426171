package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;

/** The back pain at one moment of the course: week 0 is the first answers. */
@Schema(description = "The back pain at one moment: week 0 is the first answers, then each check-in.", example = OpenApiExamples.PAIN_POINT)
public record PainPoint(int week, int painLevel) {
}
