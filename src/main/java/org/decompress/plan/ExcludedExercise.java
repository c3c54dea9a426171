package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/** An exercise that rules ruled out for this person, in every form, with every reason. */
@Schema(description = "An exercise ruled out for this person, with every reason.", example = OpenApiExamples.EXCLUDED_EXERCISE)
public record ExcludedExercise(String id, String name, List<RuleReason> reasons) {
}
