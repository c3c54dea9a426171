package org.decompress.recommendation;

/** Advice about the plan as a whole that is neither a disclaimer nor a warning (for example about a device the person has). */
public record Note(String rule, String text) {
}
