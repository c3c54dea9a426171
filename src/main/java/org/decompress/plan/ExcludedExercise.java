package org.decompress.plan;

import java.util.List;

/** An exercise that rules ruled out for this person, in every form, with every reason. */
public record ExcludedExercise(String id, String name, List<RuleReason> reasons) {
}
