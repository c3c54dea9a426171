package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of what the service ships with its licences (license-maven-plugin, at generate-resources):
 * it is inside the packaged service, it names every jar the packaged service carries, and the
 * repository's copy is the one the build writes (bin/third-party refreshes it).
 */
class ThirdPartyListIT {

    private static final Path GENERATED = Path.of("target", "classes", "META-INF", "THIRD-PARTY.txt");
    /** Quarkus names a packaged library groupId.artifactId-version.jar. */
    private static final Pattern LIBRARY = Pattern.compile("(.+)-(\\d[^-]*(?:-[^-]+)*)\\.jar");

    @Test
    void thePackagedServiceCarriesTheList() throws IOException {
        Path app = Path.of("target", "quarkus-app", "app");
        Path jar;
        try (Stream<Path> jars = Files.list(app)) {
            jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (JarFile packaged = new JarFile(jar.toFile())) {
            assertThat(packaged.getEntry("META-INF/THIRD-PARTY.txt")).as("META-INF/THIRD-PARTY.txt in " + jar).isNotNull();
        }
    }

    @Test
    void everyPackagedLibraryIsListedWithItsLicence() throws IOException {
        String list = Files.readString(GENERATED);
        List<String> libraries = Stream.of("boot", "main").flatMap(ThirdPartyListIT::jarsIn).sorted().toList();
        assertThat(libraries).hasSizeGreaterThan(100);
        List<String> unlisted = libraries.stream().filter(name -> !listed(list, name)).toList();
        assertThat(unlisted).as("packaged jars missing from " + GENERATED).isEmpty();
    }

    @Test
    void theRepositorysCopyIsTheOneTheBuildWrites() throws IOException {
        assertThat(Files.readString(Path.of("THIRD-PARTY.txt")))
                .as("THIRD-PARTY.txt is out of date: run bin/third-party and commit it")
                .isEqualTo(Files.readString(GENERATED));
    }

    private static Stream<String> jarsIn(String folder) {
        try (Stream<Path> jars = Files.list(Path.of("target", "quarkus-app", "lib", folder))) {
            return jars.map(p -> p.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listed as "  group:artifact:version - licence"; the jar's name joins group and artifact with a dot. */
    private static boolean listed(String list, String jarName) {
        var name = LIBRARY.matcher(jarName);
        if (!name.matches()) {
            return false;
        }
        String coordinates = name.group(1);
        String version = name.group(2);
        return list.lines().map(String::strip)
                .filter(line -> line.contains(":" + version + " - "))
                .map(line -> line.substring(0, line.indexOf(":" + version + " - ")).replace(':', '.'))
                .anyMatch(coordinates::equals);
    }
}
