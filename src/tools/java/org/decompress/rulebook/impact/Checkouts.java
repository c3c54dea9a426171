package org.decompress.rulebook.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The rules, catalog and words to compare against: a folder as it is, or a git revision's, unpacked with {@code git archive}. */
final class Checkouts {

    static final List<String> FOLDERS = List.of("rules", "catalog", "messages");

    private Checkouts() {
    }

    /** A folder holding rules/, catalog/ and messages/: {@code ref} itself when it is one, else that revision of {@code project}, unpacked into {@code into}. */
    static Path of(Path project, String ref, Path into) {
        Path folder = project.resolve(ref);
        if (Files.isDirectory(folder)) {
            return folder.toAbsolutePath().normalize();
        }
        try {
            deleteRecursively(into);
            Files.createDirectories(into);
            Path tar = into.resolve("rules.tar");
            run(project, List.of("git", "rev-parse", "--verify", "--quiet", ref + "^{commit}"), "'" + ref + "' is neither a folder nor a git revision");
            List<String> archive = new java.util.ArrayList<>(List.of("git", "archive", "--format=tar", "-o", tar.toString(), ref));
            archive.addAll(FOLDERS);
            run(project, archive, "git archive " + ref + " failed (does it have rules/, catalog/ and messages/?)");
            run(into, List.of("tar", "-xf", tar.toString()), "the archive of " + ref + " could not be unpacked");
            Files.delete(tar);
            return into;
        } catch (IOException e) {
            throw new IllegalStateException(ref + ": " + e.getMessage(), e);
        }
    }

    private static void run(Path directory, List<String> command, String failure) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalArgumentException(failure + (output.isBlank() ? "" : ": " + output.trim()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure, e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
