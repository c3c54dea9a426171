package org.decompress.recommendation;

import org.decompress.language.Wording;

/** A statement every answer carries; {@code order} fixes where it is shown (and names its sentence: the rule's part 1, 2...). */
public record Disclaimer(int order, String rule, Wording text) {

    public Disclaimer(int order, String rule) {
        this(order, rule, Wording.ofRule(rule, Integer.toString(order)));
    }
}
