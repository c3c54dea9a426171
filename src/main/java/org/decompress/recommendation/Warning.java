package org.decompress.recommendation;

/** Signs that mean: stop and get help, as the plan tells this person (for example the warning signs of cauda equina syndrome). */
public record Warning(String rule, String text) {
}
