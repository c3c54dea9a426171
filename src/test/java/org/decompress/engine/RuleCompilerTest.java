package org.decompress.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule base is all or nothing: one broken file, and nothing runs, with file and line given. */
class RuleCompilerTest {

    private static final ClassLoader LOADER = RuleCompilerTest.class.getClassLoader();

    @Test
    void theShippedRulesCompileFromTheClasspath() {
        List<RuleFile> files = RuleFiles.fromClasspath(LOADER);

        assertThat(files).extracting(RuleFile::path)
                .containsExactly("dosing.drl", "exclusion.drl", "follow-up.drl", "reading.drl", "screening.drl", "selection.drl", "wrapping.drl");
        assertThat(RuleCompiler.compile(files, LOADER).ruleCount()).isGreaterThan(40);
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLine(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("nested"));
        Files.writeString(rules.resolve("good.drl"), """
                package rules;
                rule "fine"
                when
                then
                end
                """);
        Files.writeString(rules.resolve("nested/broken.drl"), """
                package rules.nested;
                import org.decompress.recommendation.Option;

                rule "misspelt trait"
                when
                    Option( loadsArmz )
                then
                end
                """);

        List<RuleFile> files = RuleFiles.fromDirectory(rules);

        assertThat(files).extracting(RuleFile::path).containsExactly("good.drl", "nested/broken.drl");
        assertThatThrownBy(() -> RuleCompiler.compile(files, LOADER))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rules/nested/broken.drl:")
                .hasMessageContaining("loadsArmz")
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .allMatch(p -> p.startsWith("rules/nested/broken.drl:")));
    }

    @Test
    void noRuleFileAtAllIsRefused(@TempDir Path empty) {
        assertThatThrownBy(() -> RuleCompiler.compile(RuleFiles.fromDirectory(empty), LOADER))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("no .drl file found");
    }

    @Test
    void theShippedRulesHaveNoConstraintThatCausesClassReactivity() {
        List<String> warnings = reactivityWarningsWhileGenerating(RuleFiles.fromClasspath(LOADER));

        assertThat(warnings).isEmpty();
    }

    @Test
    void aConstraintOnAnotherFactIsReportedAsCausingClassReactivity(@TempDir Path rules) throws IOException {
        // The pattern the device note first had: a constraint on the forms with a value bound from another fact.
        Files.writeString(rules.resolve("reactive.drl"), """
                package rules;
                import org.decompress.recommendation.EquipmentAtHand;
                import org.decompress.recommendation.ExerciseForms;
                import org.decompress.recommendation.Option;

                rule "the equipment bound from another fact"
                when
                    EquipmentAtHand( $items : items )
                    ExerciseForms( $all : all )
                    exists Option( device, needsAnyOf($items) ) from $all
                then
                end
                """);

        assertThat(reactivityWarningsWhileGenerating(RuleFiles.fromDirectory(rules)))
                .anyMatch(warning -> warning.contains("class reactivity"));
    }

    /** What Drools' executable-model generator logs about class reactivity while compiling these files. */
    private static List<String> reactivityWarningsWhileGenerating(List<RuleFile> files) {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = String.valueOf(record.getMessage());
                if (message.contains("reactivity")) {
                    warnings.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.drools.model.codegen");
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try {
            RuleCompiler.generate(files, LOADER);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
        return warnings;
    }
}
