package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decompress.testkit.ProjectCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules are compiled when the project is built: a copy of this project with one broken rule file
 * must fail its build, naming the file and the line, before anything is packaged. Runs the real
 * build ({@code ./mvnw -o process-test-classes}, which compiles the Java and the build tools, then the rules) on the copy,
 * offline, from the local Maven repository the outer build has filled.
 */
class BrokenRuleFailsTheBuildIT {

    private static final List<String> PROJECT_PARTS = List.of("pom.xml", "mvnw", ".mvn", "src/main", "src/tools", "src/license", "rules", "catalog");

    @Test
    void aRuleFileThatDoesNotCompileFailsTheBuildWithFileAndLine(@TempDir Path copy) throws Exception {
        ProjectCopy.copy(PROJECT_PARTS, copy);
        Files.writeString(copy.resolve("rules/broken.drl"), """
                package rules;
                import org.decompress.recommendation.Option;

                rule "a misspelt trait"
                    ruleflow-group "exclusion"
                when
                    Option( loadsArmz )
                then
                end
                """);

        Process build = new ProcessBuilder("./mvnw", "-o", "-B", "-q", "process-test-classes")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = build.waitFor(10, TimeUnit.MINUTES);

        assertThat(ended).as("the build did not end; output:%n%s", output).isTrue();
        assertThat(build.exitValue()).as("the build should fail; output:%n%s", output).isNotZero();
        assertThat(output).contains("rules/broken.drl:7").contains("loadsArmz");
        assertThat(copy.resolve("target/classes/rules/compiled-model.properties"))
                .as("no compiled model is left for a broken rule set").doesNotExist();
    }
}
