package org.decompress.recommendation;

/**
 * A pregnancy as the rules read it: the weeks as they stand now, which is the weeks answered plus
 * the weeks since the first plan at the latest check-in; {@code weeks} is null when the weeks were
 * not given, which the rules read as 20 weeks or more. Health data: {@link #toString()} shows no value.
 */
public record Pregnancy(Integer weeks) {

    /** The weeks answered, moved on by the weeks since the first plan. */
    public static Pregnancy at(Integer answered, int weeksSince) {
        return new Pregnancy(answered == null ? null : answered + weeksSince);
    }

    /** From this week on, or weeks not known. */
    public boolean from(int week) {
        return weeks == null || weeks >= week;
    }

    /** Past 42 weeks: past any due date, so the answers are out of date (the baby is likely born). */
    public boolean pastTerm() {
        return weeks != null && weeks > 42;
    }

    @Override
    public String toString() {
        return "Pregnancy[withheld: health data]";
    }
}
