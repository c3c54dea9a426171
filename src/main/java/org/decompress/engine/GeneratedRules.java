package org.decompress.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The executable model of the rule files as class files in memory: the classes by name, the model
 * classes among them (one per rule package), and which rule files they come from.
 */
public record GeneratedRules(Map<String, byte[]> classes, List<String> models, int ruleFiles, String fingerprint) {

    public GeneratedRules {
        classes = Map.copyOf(classes);
        models = List.copyOf(models);
    }

    /** Loads these classes in a class loader of their own (so they never mix with another build's) and builds the rule base. */
    public CompiledRules compiledRules(ClassLoader parent) {
        return PrecompiledRules.build(models, new GeneratedClassLoader(classes, parent), ruleFiles, fingerprint);
    }

    /**
     * Writes the class files below {@code classesFolder} and the index the service reads at start
     * ({@link PrecompiledRules#INDEX}); the classes of the previous generation, listed in the old
     * index, are removed first so that no stale class survives a change of the rules.
     */
    public void writeTo(Path classesFolder) {
        try {
            Path index = classesFolder.resolve(PrecompiledRules.INDEX);
            if (Files.exists(index)) {
                for (String old : PrecompiledRules.readIndex(Files.newInputStream(index)).getProperty("classes", "").split(",")) {
                    if (!old.isBlank()) {
                        Files.deleteIfExists(classFile(classesFolder, old));
                    }
                }
            }
            for (Map.Entry<String, byte[]> generated : classes.entrySet()) {
                Path file = classFile(classesFolder, generated.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, generated.getValue());
            }
            Properties properties = new Properties();
            properties.setProperty("models", String.join(",", models));
            properties.setProperty("ruleFiles", Integer.toString(ruleFiles));
            properties.setProperty("fingerprint", fingerprint);
            properties.setProperty("classes", String.join(",", classes.keySet().stream().sorted().toList()));
            Files.createDirectories(index.getParent());
            try (var out = Files.newOutputStream(index)) {
                properties.store(out, "The executable model of rules/**/*.drl, generated when the project was built. Do not edit.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classFile(Path classesFolder, String className) {
        return classesFolder.resolve(className.replace('.', '/') + ".class");
    }

    /** Defines the generated classes itself, before asking its parent: a class of another build never stands in. */
    static final class GeneratedClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("decompress-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
