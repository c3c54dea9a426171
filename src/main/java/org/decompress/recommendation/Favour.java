package org.decompress.recommendation;

import java.util.EnumSet;
import java.util.Set;
import org.decompress.catalog.Trait;
import org.decompress.language.Wording;

/**
 * A preference rule's conclusion about this person: every safe decompression form with any of
 * {@code traits} fits this person better by {@code points}, for {@code reason}.
 */
public record Favour(Set<Trait> traits, int points, String rule, Wording reason) {

    public Favour {
        traits = EnumSet.copyOf(traits);
    }

    public static Favour anyOf(Trait trait, int points, String rule) {
        return new Favour(EnumSet.of(trait), points, rule, Wording.ofRule(rule));
    }

    public static Favour anyOf(Set<Trait> traits, int points, String rule) {
        return new Favour(traits, points, rule, Wording.ofRule(rule));
    }

    public boolean appliesTo(Option option) {
        return option.hasAnyOf(traits);
    }

    /** The points of every favour this form has a trait of, added up. */
    public static int points(java.util.Collection<?> favours, Option option) {
        int points = 0;
        for (Object favour : favours) {
            if (((Favour) favour).appliesTo(option)) {
                points += ((Favour) favour).points();
            }
        }
        return points;
    }

    @Override
    public String toString() {
        return "Favour[" + rule + "]";
    }
}
