package org.decompress.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds every {@code .drl} below the rules folder, nested folders included, sorted by path so that
 * the rule base never depends on the order a file system lists files in.
 */
public final class RuleFiles {

    /** Ships with the rules (the pom copies {@code rules/} to the classpath); marks where they are. */
    static final String MARKER = "rules/README.md";

    private RuleFiles() {
    }

    public static List<RuleFile> fromClasspath(ClassLoader loader) {
        URL marker = loader.getResource(MARKER);
        if (marker == null) {
            throw new RuleCompilationException(List.of(MARKER + " is not on the classpath, so the rules cannot be found"));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return fromDirectory(jar.getPath("/rules"));
                }
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new RuleCompilationException(List.of("cannot read the rules next to " + marker + ": " + e.getMessage()));
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            throw new IOException("the application jar is already open as a file system: " + uri);
        } catch (FileSystemNotFoundException expected) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    public static List<RuleFile> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleCompilationException(List.of("the rules folder " + directory + " does not exist"));
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .map(p -> new RuleFile(directory.relativize(p).toString().replace('\\', '/'), read(p)))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names and contents of the rule files: any change, addition or removal changes it. */
    public static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
