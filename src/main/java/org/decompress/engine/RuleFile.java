package org.decompress.engine;

/** One rule file: its path below {@code rules/} (for example {@code screening.drl}) and its text. */
public record RuleFile(String path, String content) {
}
