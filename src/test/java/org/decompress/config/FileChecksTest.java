package org.decompress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.decompress.catalog.Catalogs;
import org.decompress.catalog.CatalogException;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start trusts the build's checks only for the very files the build checked, in the packaged
 * service with no folder read at run time; any other start runs every check, and a broken file
 * still stops it with its message. Each test works on a copy of the service's data files
 * (target/classes), fingerprinted by the build's own step.
 */
class FileChecksTest {

    @TempDir
    Path classes;
    private URLClassLoader loader;

    @BeforeEach
    void aBuildCheckedTheseFiles() throws IOException {
        Path built = Path.of("target/classes");
        for (String folder : new String[] {"catalog", "messages"}) {
            copy(built.resolve(folder), classes.resolve(folder));
        }
        BuildFileChecks.main(new String[] {classes.toString()});
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }

    @AfterEach
    void close() throws IOException {
        loader.close();
    }

    @Test
    void thePackagedServiceTrustsTheFilesTheBuildChecked() {
        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, false, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.TRUSTED);
        assertThat(decision.why()).isEqualTo(CheckedFiles.recorded(loader).orElseThrow().size() + " data files are the ones the build checked");
        assertThat(CheckedFiles.recorded(loader).orElseThrow()).containsKeys("catalog/exercises.json", "catalog/questionnaire.json",
                "catalog/figures.json", "messages/msg_es.properties", "messages/catalog_es.properties");
    }

    @Test
    void aTrustedStartReadsTheSameDataWithoutCheckingIt() {
        AtomicInteger validations = new AtomicInteger();
        Validator counting = counting(validations);

        Catalogs trusted = BuildFileChecks.read(loader, counting, FileChecks.TRUSTED);
        assertThat(validations).hasValue(0);
        Catalogs checked = BuildFileChecks.read(loader, counting, FileChecks.RUN);
        // At least each of the 15 exercises in each of the 2 languages.
        assertThat(validations.get()).isGreaterThanOrEqualTo(30);

        assertThat(trusted.defaultCatalog().exercises()).isEqualTo(checked.defaultCatalog().exercises());
    }

    @Test
    void devModeAndTestsCheckEveryStart() {
        assertThat(FileChecks.decide(LaunchMode.DEVELOPMENT, false, loader).checks()).isEqualTo(FileChecks.RUN);
        assertThat(FileChecks.decide(LaunchMode.TEST, false, loader).checks()).isEqualTo(FileChecks.RUN);
    }

    @Test
    void aFolderReadAtRunTimeGetsEveryCheck() {
        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, true, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.RUN);
        assertThat(decision.why()).contains("decompress.rules.directory");
    }

    @Test
    void withoutTheBuildsFingerprintEveryCheckRuns() throws IOException {
        Files.delete(classes.resolve(CheckedFiles.RESOURCE));

        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, false, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.RUN);
        assertThat(decision.why()).contains(CheckedFiles.RESOURCE + " is missing");
    }

    @Test
    void aChangedMessageFileIsCheckedAndABrokenOneStillStopsTheStart() throws IOException {
        Path spanish = classes.resolve("messages/msg_es.properties");
        String words = Files.readString(spanish, StandardCharsets.UTF_8);
        Files.writeString(spanish, words.replaceFirst("(?m)^language_name=.*\\R", ""), StandardCharsets.UTF_8);

        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, false, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.RUN);
        assertThat(decision.why()).isEqualTo("these files are not the ones the build checked: messages/msg_es.properties");
        assertThatThrownBy(() -> BuildFileChecks.read(loader, Engine.VALIDATOR, decision.checks()))
                .hasMessageContaining("The message files do not match")
                .hasMessageContaining("es: 'language_name' is missing (it is in en)");
    }

    @Test
    void aChangedCatalogIsCheckedAndABrokenOneStillStopsTheStart() throws IOException {
        Path catalog = classes.resolve("catalog/exercises.json");
        String json = Files.readString(catalog, StandardCharsets.UTF_8);
        String broken = json.replaceFirst("\"intensity\"\\s*:\\s*\"[A-Z_]+\"\\s*,", "");
        assertThat(broken).isNotEqualTo(json);
        Files.writeString(catalog, broken, StandardCharsets.UTF_8);

        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, false, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.RUN);
        assertThat(decision.why()).endsWith(": catalog/exercises.json");
        assertThatThrownBy(() -> BuildFileChecks.read(loader, Engine.VALIDATOR, decision.checks()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("traits.intensity: must not be null");
    }

    @Test
    void anAddedLanguageIsChecked() throws IOException {
        Files.copy(classes.resolve("messages/msg_es.properties"), classes.resolve("messages/msg_fr.properties"));

        FileChecks.Decision decision = FileChecks.decide(LaunchMode.NORMAL, false, loader);

        assertThat(decision.checks()).isEqualTo(FileChecks.RUN);
        assertThat(decision.why()).endsWith(": messages/msg_fr.properties");
        assertThatThrownBy(() -> BuildFileChecks.read(loader, Engine.VALIDATOR, decision.checks()))
                .hasMessageContaining("messages/questionnaire_fr.properties is missing");
    }

    @Test
    void aBrokenFileFailsTheBuildWithTheStartsMessage() throws IOException {
        Path questionnaire = classes.resolve("catalog/questionnaire.json");
        Files.writeString(questionnaire, Files.readString(questionnaire).replaceFirst("\"min\"\\s*:\\s*0", "\"min\": 1"));

        assertThatThrownBy(() -> BuildFileChecks.main(new String[] {classes.toString()}))
                .hasMessageContaining("does not match the answers the API accepts")
                .hasMessageContaining("min: must be 0");
    }

    /** A validator that counts the objects it is asked to validate. */
    private static Validator counting(AtomicInteger calls) {
        return (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("validate")) {
                calls.incrementAndGet();
            }
            return method.invoke(Engine.VALIDATOR, args);
        });
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
