package org.decompress.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.decompress.config.ClasspathFolders;

/**
 * The message files on the classpath ({@code messages/}, from the top-level {@code messages/}
 * folder): one set per language, {@code msg_xx} for the pages (a Qute message bundle) and
 * {@code questionnaire_xx}, {@code catalog_xx} and {@code rules_xx} for what the data says. A
 * language is every tag that has a pages file; it must have the three others too. Adding a language
 * is adding its four files: no Java, template or rule changes.
 */
public final class LanguageFiles {

    static final String FOLDER = "messages";
    /** Ships with the files; marks where they are on the classpath. */
    static final String MARKER = FOLDER + "/README.md";
    public static final String PAGES = "msg";
    public static final List<String> CONTENT = List.of("questionnaire", "catalog", "rules");
    private static final Pattern PAGES_FILE = Pattern.compile(PAGES + "_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.properties");

    private LanguageFiles() {
    }

    /** Every language tag with a pages file, in order (the default language's tag first). */
    public static List<String> tags(ClassLoader loader, String defaultTag) {
        TreeSet<String> tags = new TreeSet<>();
        eachFolder(loader, folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> {
                    Matcher m = PAGES_FILE.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        tags.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> ordered = new ArrayList<>();
        if (tags.remove(defaultTag)) {
            ordered.add(defaultTag);
        }
        ordered.addAll(tags);
        return ordered;
    }

    /** One file's keys and words, in the file's order; empty when the file is missing. */
    public static Map<String, String> read(ClassLoader loader, String name, String tag) {
        String resource = FOLDER + "/" + name + "_" + tag + ".properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Map.of() : load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** A message file's keys and words, in the file's order. */
    public static Map<String, String> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    private static Map<String, String> load(InputStream in) throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        Properties ordered = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                words.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        ordered.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return words;
    }

    /** Visits the {@code messages/} folders of the classpath (the application's; in tests also the tests'). */
    private static void eachFolder(ClassLoader loader, java.util.function.Consumer<Path> visit) {
        ClasspathFolders.visit(loader, MARKER, visit);
    }
}
