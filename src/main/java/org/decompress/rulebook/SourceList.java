package org.decompress.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;

/**
 * The primary sources the decision table rests on ({@code rules/sources.tsv}): a short key, the full
 * citation, and what the project takes from it, in its own words. The reasoning behind each decision
 * is in {@code docs/clinical-basis.md}.
 */
public record SourceList(Map<String, Source> sources) {

    public static final String RESOURCE = "rules/sources.tsv";

    public SourceList {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** One source: its key, its citation, and what the project takes from it. */
    @Schema(description = "A primary source of the decision table: key, full citation, and what the project takes from it",
            example = OpenApiExamples.SOURCE)
    public record Source(String key, String citation, String takes) {
    }

    /** A key of this list, or the project's clinical consensus. */
    public boolean knows(String key) {
        return key.equals(DecisionTable.CONSENSUS) || sources.containsKey(key);
    }

    public Optional<Source> find(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    public static Optional<SourceList> fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** {@code #} lines are comments; the first other line names the columns (key, citation, takes); then one source per line. */
    public static SourceList parse(String text) {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean header = true;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (header) {
                header = false;
                if (!List.of(fields).equals(List.of("key", "citation", "takes"))) {
                    problems.add("line " + (n + 1) + ": the first line names the columns: key, citation, takes");
                }
                continue;
            }
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                problems.add("line " + (n + 1) + ": a source is a key, a citation and what the project takes from it, each given");
                continue;
            }
            if (sources.put(fields[0].strip(), new Source(fields[0].strip(), fields[1].strip(), fields[2].strip())) != null) {
                problems.add("line " + (n + 1) + ": " + fields[0] + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + ":\n  " + String.join("\n  ", problems));
        }
        return new SourceList(sources);
    }
}
