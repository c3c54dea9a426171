package org.decompress.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The folders of the classpath that hold a marker file (a folder in a jar or in target/classes; in
 * tests the tests' folder too): a class loader lists files, not folders, so a known file finds them.
 */
public final class ClasspathFolders {

    private ClasspathFolders() {
    }

    /** Visits each folder holding {@code marker} (a resource such as {@code messages/README.md}); none is an error. */
    public static void visit(ClassLoader loader, String marker, Consumer<Path> visit) {
        String folder = marker.substring(0, marker.lastIndexOf('/'));
        List<URI> markers = new ArrayList<>();
        try {
            for (URL found : Collections.list(loader.getResources(marker))) {
                markers.add(found.toURI());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder + "/ on the classpath: " + e.getMessage(), e);
        }
        if (markers.isEmpty()) {
            throw new IllegalStateException(marker + " is not on the classpath, so the files of " + folder + "/ cannot be found");
        }
        for (URI uri : markers) {
            if (!"jar".equals(uri.getScheme())) {
                visit.accept(Path.of(uri).getParent());
                continue;
            }
            try {
                visit.accept(FileSystems.getFileSystem(uri).getPath("/" + folder));
            } catch (FileSystemNotFoundException notOpen) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    visit.accept(jar.getPath("/" + folder));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
