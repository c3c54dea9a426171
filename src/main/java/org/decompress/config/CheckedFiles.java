package org.decompress.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The fingerprint of the data files the start checks (every file of the {@code catalog/} and
 * {@code messages/} folders on the classpath: the catalog, questionnaire and figures, and every
 * language's message files): each file's size and CRC-32, by name. The build runs the start's checks
 * on its files and then records their fingerprint in {@value #RESOURCE}; a start whose files have that
 * same fingerprint need not check them again.
 *
 * <p>CRC-32, not SHA-256: the fingerprint tells an edited file from the checked one, it does not
 * guard against an attacker (whoever can change the files can change the fingerprint beside them),
 * and in a JVM that has just started SHA-256 runs interpreted: 73–234 ms for these 290 KB, measured,
 * as much as the checks it would spare, against under 1 ms for CRC-32 (native code).
 */
public final class CheckedFiles {

    /** Written by the build (src/tools: {@code BuildFileChecks}) into the packaged service. */
    public static final String RESOURCE = "META-INF/decompress/checked.properties";

    /** A file each checked folder always holds, which finds the folder on the classpath. */
    static final List<String> MARKERS = List.of("catalog/exercises.json", "messages/README.md");

    private CheckedFiles() {
    }

    /** Each file of the checked folders, by name ({@code catalog/exercises.json}), with its size and CRC-32; sorted by name. */
    public static SortedMap<String, String> fingerprint(ClassLoader loader) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (String marker : MARKERS) {
            String folder = marker.substring(0, marker.lastIndexOf('/'));
            ClasspathFolders.visit(loader, marker, path -> {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        // A name on two classpath folders (only in tests) keeps both hashes, in classpath order.
                        hashes.merge(folder + "/" + file.getFileName(), sizeAndCrc(file), (a, b) -> a + " " + b);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return hashes;
    }

    /** The fingerprint the build recorded, if this classpath holds one. */
    public static Optional<SortedMap<String, String>> recorded(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            SortedMap<String, String> hashes = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> hashes.put(name, properties.getProperty(name)));
            return Optional.of(hashes);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Writes the fingerprint as {@value #RESOURCE} under {@code classesDirectory}: sorted lines, no date, so the same files give the same bytes. */
    public static void write(SortedMap<String, String> fingerprint, Path classesDirectory) throws IOException {
        Path file = classesDirectory.resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        String lines = fingerprint.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n").collect(Collectors.joining());
        Files.writeString(file, "# The size and CRC-32 of each data file the build checked; a start with the same files does not check them again.\n"
                + lines, StandardCharsets.UTF_8);
    }

    /** The names whose files differ between two fingerprints (changed, added or removed), sorted. */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        return Stream.concat(expected.keySet().stream(), actual.keySet().stream()).distinct().sorted()
                .filter(name -> !java.util.Objects.equals(expected.get(name), actual.get(name)))
                .toList();
    }

    private static String sizeAndCrc(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return bytes.length + ":" + Long.toHexString(crc.getValue());
    }
}
