package org.decompress.plan;

/** A sentence for the person and the name of the rule in {@code rules/} that produced it. */
public record RuleReason(String rule, String text) {
}
