package org.decompress.recommendation;

import org.decompress.language.Wording;

/** Signs that mean: stop and get help, as the plan tells this person (for example the warning signs of cauda equina syndrome). */
public record Warning(String rule, Wording text) {

    public Warning(String rule) {
        this(rule, Wording.ofRule(rule));
    }
}
