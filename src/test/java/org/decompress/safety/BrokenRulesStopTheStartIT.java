package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged service (target/quarkus-app) with a rules folder holding one broken file: it
 * must refuse to start, and say which file and line are wrong. Runs in {@code verify}, after packaging.
 */
class BrokenRulesStopTheStartIT {

    @Test
    void aRuleFileThatDoesNotCompileStopsTheStartWithFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("fine.drl"), """
                package rules;
                rule "fine"
                when
                then
                end
                """);
        Files.createDirectories(rules.resolve("nested"));
        Files.writeString(rules.resolve("nested/broken.drl"), """
                package rules.nested;
                import org.decompress.recommendation.Option;

                rule "a misspelt trait"
                    ruleflow-group "exclusion"
                when
                    Option( loadsArmz )
                then
                end
                """);

        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddecompress.rules.directory=" + rules, "-Dquarkus.http.port=0",
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .start();
        boolean ended = service.waitFor(90, TimeUnit.SECONDS);
        String output = new String(service.getInputStream().readAllBytes());
        if (!ended) {
            service.destroyForcibly();
        }

        assertThat(ended).as("the service gave up starting; output:%n%s", output).isTrue();
        assertThat(service.exitValue()).isNotZero();
        assertThat(output).contains("rules/nested/broken.drl:7").contains("loadsArmz");
        assertThat(output).doesNotContain("Listening on");
    }

    @Test
    void theShippedRulesStartTheService() throws IOException, InterruptedException {
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .start();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(service.getInputStream()))) {
            String line;
            boolean listening = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!listening && System.nanoTime() < deadline && (line = reader.readLine()) != null) {
                listening = line.contains("Listening on");
            }
            assertThat(listening).isTrue();
        } finally {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
