package org.decompress.rulebook.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Copies of this project for trying rule edits on: what bin/rule-impact reads, with the first {@value #GOLDEN} golden answer sets. */
public final class ScratchProject {

    public static final int GOLDEN = 600;
    static final Path PROJECT = Path.of("").toAbsolutePath();

    private ScratchProject() {
    }

    /** A copy of what the tool reads: rules, catalog, words, scenarios, the check-in histories and the first golden answer sets. */
    public static Path copy(Path to) throws IOException {
        if (Files.exists(to.resolve("rules"))) {
            return to;
        }
        for (String folder : List.of("rules", "catalog", "messages", "scenarios")) {
            copyTree(PROJECT.resolve(folder), to.resolve(folder));
        }
        Path golden = to.resolve("src/test/resources/golden");
        Files.createDirectories(golden);
        Files.copy(PROJECT.resolve("src/test/resources/golden/check-in-histories.jsonl.gz"), golden.resolve("check-in-histories.jsonl.gz"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PROJECT.resolve("src/test/resources/golden/plans.tsv.gz")));
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(golden.resolve("plans.tsv.gz")))) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(GOLDEN).toList();
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return to;
    }

    /** Copies a folder and everything below it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Replaces {@code from} by {@code to} inside one rule of a .drl file (and nowhere else), as a reviewer's edit would. */
    public static void editRule(Path drl, String name, String from, String to) throws IOException {
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"" + name + "\"");
        assertThat(start).as(name + " in " + drl).isNotNegative();
        int end = text.indexOf("\nend\n", start);
        String rule = text.substring(start, end);
        assertThat(rule).as("the rule " + name).contains(from);
        Files.writeString(drl, text.substring(0, start) + rule.replace(from, to) + text.substring(end));
    }

    /** Deletes a rule (and the comment above it) from a .drl file, as a reviewer's edit would. */
    public static void removeRule(Path drl, String name) throws IOException {
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"" + name + "\"");
        assertThat(start).as(name + " in " + drl).isNotNegative();
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        int comment = start;
        while (comment > 0 && text.lastIndexOf('\n', comment - 2) >= 0 && text.substring(text.lastIndexOf('\n', comment - 2) + 1, comment).startsWith("//")) {
            comment = text.lastIndexOf('\n', comment - 2) + 1;
        }
        Files.writeString(drl, text.substring(0, comment) + text.substring(end));
    }
}
