package org.decompress.rulebook;

import org.decompress.engine.RuleText;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decompress.catalog.CatalogLoader;
import org.decompress.catalog.Catalogs;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.PrecompiledRules;
import org.decompress.engine.RuleCompiler;
import org.decompress.engine.RuleFile;
import org.decompress.engine.RuleFiles;
import org.decompress.language.Languages;
import org.decompress.plan.Planner;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.QuestionnaireLoader;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Rules with the catalog and the words they were written for, ready to plan outside the service: the
 * build's (for the rule book's counts) or a checkout's (for bin/rule-impact, which compares two).
 */
public record RuleSet(String label, List<RuleText> rules, Planner planner, Questionnaire questionnaire) {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** The rules compiled when the project was built, with the catalog and words of the same classpath. */
    public static RuleSet fromClasspath(ClassLoader loader) {
        CompiledRules compiled = PrecompiledRules.fromClasspath(loader).orElseThrow(() -> new IllegalStateException(
                PrecompiledRules.INDEX + " is missing: the rules are compiled in process-classes"));
        return of("build", RuleFiles.fromClasspath(loader), compiled, loader);
    }

    /**
     * The rules, catalog and words of a checkout ({@code root} holds {@code rules/}, {@code catalog/} and
     * {@code messages/}), its rules compiled now. A rule file that does not compile throws
     * {@link org.decompress.engine.RuleCompilationException} with file, line and message.
     */
    public static RuleSet fromCheckout(String label, Path root, ClassLoader classes) {
        List<RuleFile> files = RuleFiles.fromDirectory(root.resolve("rules"));
        CompiledRules compiled = RuleCompiler.compile(files, classes);
        return of(label, files, compiled, resourcesOf(root));
    }

    private static RuleSet of(String label, List<RuleFile> files, CompiledRules compiled, ClassLoader resources) {
        Languages languages = Languages.fromClasspath(resources);
        Catalogs catalogs = Catalogs.load(new CatalogLoader(VALIDATOR), languages, resources);
        Questionnaire questionnaire = new QuestionnaireLoader(VALIDATOR).loadFrom(resources, languages.defaultContentWords());
        return new RuleSet(label, RuleText.of(files), Planner.of(compiled, catalogs, languages), questionnaire);
    }

    /** Only the checkout's files: its catalog and words, never the running build's. */
    private static ClassLoader resourcesOf(Path root) {
        if (!Files.isDirectory(root.resolve("messages")) || !Files.isDirectory(root.resolve("catalog"))) {
            throw new IllegalArgumentException(root + " needs rules/, catalog/ and messages/ (a checkout of this project from issue 18 on)");
        }
        try {
            return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the API would take these answers: in range, and none contradicting another (weeks of pregnancy without pregnancy). */
    public static boolean accepted(Answers answers) {
        return VALIDATOR.validate(answers).isEmpty();
    }

    /** The plan for these answers, with the rules that fired to reach it. */
    public Planner.Traced plan(Answers answers) {
        return planner.traced(answers.toAssessment());
    }
}
