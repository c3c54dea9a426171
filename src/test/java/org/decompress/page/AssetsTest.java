package org.decompress.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's version, which names the service worker's cache, covers everything the worker keeps: a change to
 * any template, to the code that draws the figures, to their poses, the catalog, the words or a static file
 * gives a new version, so that a returning browser drops the old cache.
 */
class AssetsTest {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    @Test
    void everyTemplateIsVersioned() throws IOException {
        List<String> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(Files::isRegularFile).map(f -> "templates/" + TEMPLATES.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(templates).isNotEmpty();
        assertThat(Assets.ALSO_VERSIONED).containsAll(templates);
    }

    @Test
    void aChangeToAnythingTheWorkerKeepsChangesTheVersion() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String version = new Assets(loader).version();
        assertThat(new Assets(loader).version()).as("the same files, the same version").isEqualTo(version);
        for (String changed : List.of("templates/WebResource/plan.html", "org/decompress/figure/FigureRenderer.class", "catalog/figures.json",
                "META-INF/resources/static/app.css", "messages/msg_es.properties")) {
            assertThat(new Assets(changing(loader, changed)).version()).as("a change to " + changed).isNotEqualTo(version);
        }
    }

    @Test
    void inDevModeAnEditedFileGetsANewAddressWithoutARestart() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        boolean[] edited = {false};
        ClassLoader editable = new ClassLoader(loader) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return edited[0] ? changing(loader, "META-INF/resources/static/app.css").getResourceAsStream(name) : super.getResourceAsStream(name);
            }
        };
        Assets dev = new Assets(editable, true);
        Assets packaged = new Assets(editable, false);
        String before = dev.url("/static/app.css");
        String version = dev.version();
        edited[0] = true;
        assertThat(dev.url("/static/app.css")).as("dev mode follows the edit").isNotEqualTo(before);
        assertThat(dev.version()).isNotEqualTo(version);
        assertThat(dev.url("/static/plan.js")).as("only the edited file's address changes").isEqualTo(packaged.url("/static/plan.js"));
        assertThat(packaged.url("/static/app.css")).as("a packaged service's files never change under it").isEqualTo(before);
    }

    /** The same files, but one with a byte more at its end. */
    private static ClassLoader changing(ClassLoader parent, String resource) {
        return new ClassLoader(parent) {
            @Override
            public InputStream getResourceAsStream(String name) {
                InputStream original = super.getResourceAsStream(name);
                if (!name.equals(resource) || original == null) {
                    return original;
                }
                try (original) {
                    byte[] bytes = original.readAllBytes();
                    byte[] more = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                    more[bytes.length] = '\n';
                    return new ByteArrayInputStream(more);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }
}
