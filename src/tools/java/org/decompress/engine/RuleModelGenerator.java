package org.decompress.engine;

import java.nio.file.Path;

/**
 * Run by the build (pom.xml, phase {@code process-classes}): compiles {@code rules/**}{@code /*.drl}
 * into the executable model and writes its classes and index into the project's classes, so the
 * packaged service starts without compiling a rule. A rule that does not compile fails the build
 * with {@code rules/file.drl:line: message}.
 *
 * <p>Arguments: the rules folder, the classes folder.
 */
public final class RuleModelGenerator {

    private RuleModelGenerator() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleModelGenerator RULES_FOLDER CLASSES_FOLDER");
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        long start = System.nanoTime();
        GeneratedRules generated;
        try {
            generated = RuleCompiler.generate(RuleFiles.fromDirectory(rules), Thread.currentThread().getContextClassLoader());
        } catch (RuleCompilationException e) {
            e.problems().forEach(problem -> System.err.println("[ERROR] " + problem));
            throw e;
        }
        generated.writeTo(classes);
        System.out.printf("[INFO] Rules compiled at build time: %d files in %s, %d model classes, %d classes in all, %d ms%n",
                generated.ruleFiles(), rules, generated.models().size(), generated.classes().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
