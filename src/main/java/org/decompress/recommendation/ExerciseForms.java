package org.decompress.recommendation;

import java.util.List;
import org.decompress.catalog.Role;

/**
 * Every form of every catalog exercise the rules may consider, as one fact. Rules draw forms from it
 * ({@code $option : Option( kneeling ) from $all}) only after their condition about the person
 * holds, so a rule that does not apply to this person costs nothing, and a referral withdraws all
 * exercises at once by deleting this one fact.
 */
public record ExerciseForms(List<Option> all, Option cooldown) {

    public ExerciseForms {
        all = List.copyOf(all);
    }

    /** The forms of a catalog; its one cooldown (the catalog checks there is exactly one) is also named on its own. */
    public static ExerciseForms of(List<Option> all) {
        return new ExerciseForms(all, all.stream().filter(o -> o.role() == Role.COOLDOWN).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the catalog has no cooldown")));
    }

    @Override
    public String toString() {
        return "ExerciseForms[" + all.size() + " forms]";
    }
}
