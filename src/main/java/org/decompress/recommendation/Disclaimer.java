package org.decompress.recommendation;

/** A statement every answer carries; {@code order} fixes where it is shown. */
public record Disclaimer(int order, String text, String rule) {
}
