package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** An exercise that rules ruled out for this person, in every form, with every reason. */
@Schema(description = "An exercise ruled out for this person, with every reason.", example = "{\"id\": \"bar-hang\", \"name\": \"Hanging from a bar\", \"reasons\": [{\"rule\": \"Shoulder, neck or arm problem: nothing that loads the arms\", \"text\": \"You told us about a shoulder problem.\"}]}")
public record ExcludedExercise(String id, String name, List<RuleReason> reasons) {
}
