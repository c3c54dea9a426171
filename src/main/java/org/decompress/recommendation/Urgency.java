package org.decompress.recommendation;

/** How soon a referred person should see someone, least urgent first. */
public enum Urgency {
    /** No safe exercise is left: see a physiotherapist for a plan that fits. */
    ROUTINE,
    /** See a doctor within days. */
    SOON,
    /** See a doctor today. */
    URGENT,
    /** Go to an emergency department now. */
    EMERGENCY;

    public boolean moreUrgentThan(Urgency other) {
        return compareTo(other) > 0;
    }
}
