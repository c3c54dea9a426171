package org.decompress.recommendation;

import java.util.List;
import org.decompress.catalog.Role;

/**
 * Every form of every catalog exercise the rules may consider, as one fact. Rules draw forms from it
 * ({@code $option : Option( kneeling ) from $all}) only after their condition about the person
 * holds, so a rule that does not apply to this person costs nothing, and a referral withdraws all
 * exercises at once by deleting this one fact. {@code cooldowns} are the forms of the cooldown (the
 * plain form first, then its variants), also named on their own.
 */
public record ExerciseForms(List<Option> all, List<Option> cooldowns) {

    public ExerciseForms {
        all = List.copyOf(all);
        cooldowns = List.copyOf(cooldowns);
    }

    /** The forms of a catalog; the forms of its one cooldown (the catalog checks there is exactly one) are also named on their own. */
    public static ExerciseForms of(List<Option> all) {
        List<Option> cooldowns = all.stream().filter(o -> o.role() == Role.COOLDOWN).toList();
        if (cooldowns.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no cooldown");
        }
        return new ExerciseForms(all, cooldowns);
    }

    @Override
    public String toString() {
        return "ExerciseForms[" + all.size() + " forms]";
    }
}
