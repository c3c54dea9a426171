package org.decompress.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A temporary copy of the checkout's rules/ folder, for tests that edit or add rule files. */
public final class RulesFolder {

    private RulesFolder() {
    }

    public static Path copyOfTheRules(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Path rules = Path.of("rules");
            try (Stream<Path> files = Files.walk(rules)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = folder.resolve(rules.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
