package org.decompress.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

/**
 * Turns rule files into the Drools executable model: Java classes, one per package of rules and
 * small ones for every constraint and consequence. It runs when the project is built
 * ({@code RuleModelGenerator}, a build tool in src/tools, so the packaged service loads classes and compiles nothing) and, for
 * rule authors, at run time in dev mode or with {@code decompress.rules.directory}. Both give the
 * same classes, loaded the same way ({@link GeneratedRules#compiledRules}).
 *
 * <p>Errors are given as {@code rules/file.drl:line: message}. The executable model's own messages
 * often lack a line, so when it fails, the classic DRL compiler is asked to place the errors; its
 * messages are the ones reported whenever it finds any.
 */
public final class RuleCompiler {

    private static final String KIE_PREFIX = "src/main/resources/";
    /** Lists the model classes of a generated module: a version line, then one class name a line. */
    private static final String MODEL_LIST = "/drools-model";
    /** Drools' own bootstrap class for a kjar: not needed, as the models are built into a rule base directly. */
    private static final String PROJECT_MODEL_FOLDER = "org/drools/project/";

    private RuleCompiler() {
    }

    /** Compiles and loads the rule files: for dev mode and {@code decompress.rules.directory}. */
    public static CompiledRules compile(List<RuleFile> files, ClassLoader parent) {
        return generate(files, parent).compiledRules(parent);
    }

    /** The executable model of the rule files, as class files in memory; throws with every error located. */
    public static GeneratedRules generate(List<RuleFile> files, ClassLoader classLoader) {
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of("rules/: no .drl file found; the service will not run without rules"));
        }
        KieServices kie = KieServices.Factory.get();
        // A release of its own per build, so a rebuild in dev mode never touches the running rule base.
        ReleaseId release = kie.newReleaseId("org.decompress", "rules", "1.0.0-" + UUID.randomUUID());
        KieBuilder builder;
        try {
            builder = kie.newKieBuilder(sources(kie, release, files), classLoader).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The model's code generator throws on some mistakes (a text compared with a number, say).
            throw new RuleCompilationException(locate(kie, files, classLoader,
                    List.of("rules: the executable model could not be generated: " + e)));
        }
        try {
            List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream().map(RuleCompiler::describe).toList();
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(locate(kie, files, classLoader, errors));
            }
            return harvest((CanonicalKieModule) builder.getKieModule(), files);
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }

    private static KieFileSystem sources(KieServices kie, ReleaseId release, List<RuleFile> files) {
        KieFileSystem sources = kie.newKieFileSystem().generateAndWritePomXML(release);
        for (RuleFile file : files) {
            sources.write(kie.getResources().newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(KIE_PREFIX + "rules/" + file.path())
                    .setResourceType(ResourceType.DRL));
        }
        return sources;
    }

    /**
     * The same files through the classic DRL compiler, which places nearly every error by file and
     * line; its errors replace the executable model's when it finds any.
     */
    private static List<String> locate(KieServices kie, List<RuleFile> files, ClassLoader classLoader, List<String> modelErrors) {
        ReleaseId release = kie.newReleaseId("org.decompress", "rules-check", "1.0.0-" + UUID.randomUUID());
        try {
            List<String> located = kie.newKieBuilder(sources(kie, release, files), classLoader).buildAll()
                    .getResults().getMessages(Message.Level.ERROR).stream().map(RuleCompiler::describe).toList();
            return located.isEmpty() ? modelErrors : located;
        } catch (RuntimeException e) {
            return modelErrors;
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }

    private static GeneratedRules harvest(CanonicalKieModule module, List<RuleFile> files) {
        MemoryFileSystem generated = ((MemoryKieModule) module.getInternalKieModule()).getMemoryFileSystem();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        generated.getMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.asString().compareTo(b.asString())))
                .forEach(entry -> {
                    String path = entry.getKey().asString();
                    if (path.endsWith(".class") && !path.startsWith(PROJECT_MODEL_FOLDER)) {
                        classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), entry.getValue());
                    } else if (path.endsWith(MODEL_LIST)) {
                        new String(entry.getValue(), StandardCharsets.UTF_8).lines().skip(1)
                                .map(String::strip).filter(line -> !line.isEmpty()).forEach(models::add);
                    }
                });
        if (models.isEmpty()) {
            throw new RuleCompilationException(List.of("rules: the executable model names no model class"));
        }
        return new GeneratedRules(classes, models.stream().sorted().toList(), files.size(), RuleFiles.fingerprint(files));
    }

    private static String describe(Message message) {
        // Errors in generated Java name a generated file nobody can open: only its message is useful.
        String path = message.getPath() == null ? "rules" : message.getPath().replace(KIE_PREFIX, "");
        if (!path.startsWith("rules/")) {
            path = "rules";
        }
        String line = message.getLine() > 0 ? ":" + message.getLine() : "";
        return path + line + ": " + message.getText().strip().replaceAll("\\s+", " ");
    }
}
