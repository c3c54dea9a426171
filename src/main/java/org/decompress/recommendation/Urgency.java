package org.decompress.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** How soon a referred person should see someone, least urgent first. */
@Schema(description = "How soon a referred person should see someone: ROUTINE, SOON, URGENT, EMERGENCY.")
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
