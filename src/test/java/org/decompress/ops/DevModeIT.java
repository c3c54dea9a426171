package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.decompress.testkit.ProjectCopy;
import org.decompress.testkit.Launches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./mvnw quarkus:dev}, must start the service: a dev-mode-only
 * dependency that does not resolve (as Qute's debugger did on Quarkus 3.33.2) breaks it while every
 * packaged test stays green. Starts dev mode on a copy of what a clone holds (no {@code target/}),
 * offline, from the local Maven repository the outer build has filled, and asks for the questionnaire,
 * a plan and the rule book; then starts it again on the same copy, now built. The times to the first
 * page, cold and warm, are written to target/dev-mode-start.txt: figures for the README, never a limit.
 */
class DevModeIT {

    /** A clone's files that the build reads: tests, tools and benchmarks included, as a newcomer has them. */
    private static final List<String> PROJECT_PARTS = List.of(
            "pom.xml", "mvnw", ".mvn", "src", "rules", "catalog", "messages", "docs", "scenarios");
    private static final Duration PATIENCE = Duration.ofMinutes(12);

    @Test
    void devModeServesTheQuestionnaireAndAPlan(@TempDir Path copy) throws Exception {
        ProjectCopy.copy(PROJECT_PARTS, copy);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        double cold = startAndServe(copy, client, "dev-cold.log", true);
        double warm = startAndServe(copy, client, "dev-warm.log", false);

        Files.writeString(Path.of("target", "dev-mode-start.txt"), """
                dev mode, a clone's files with no target/ (compiles them first): first page after %.1f s
                dev mode again on the same copy, already built: first page after %.1f s
                """.formatted(cold, warm));
    }

    /** Starts dev mode, waits for the first page and returns the seconds it took; asks for a plan (and the rule book). */
    private static double startAndServe(Path copy, HttpClient client, String logName, boolean askForTheRuleBook) throws Exception {
        int port = Launches.freePort();
        Path log = copy.resolve(logName);
        long start = System.nanoTime();
        Process dev = new ProcessBuilder("./mvnw", "-o", "-B", "quarkus:dev",
                "-Dquarkus.http.port=" + port, "-Ddebug=false", "-Dquarkus.console.enabled=false",
                "-Dquarkus.analytics.disabled=true")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int status = firstStatus(client, dev, start, port);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(status).as("dev mode's first page; its log:%n%s", tail(log)).isEqualTo(200);

            // The rules compile in the background in dev mode: the first plan waits for them.
            HttpResponse<String> plan = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"painLevel\": 3}"))
                    .timeout(Duration.ofMinutes(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plan.statusCode()).as("a plan in dev mode: %s", plan.body()).isEqualTo(200);
            assertThat(plan.body()).contains("\"status\"");

            if (askForTheRuleBook) {
                // The rule book needs no build step in dev mode: a fresh copy has no counts yet and still answers.
                HttpResponse<String> ruleBook = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rules"))
                        .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ruleBook.statusCode()).as("the rule book in dev mode").isEqualTo(200);
            }
            return seconds;
        } finally {
            Launches.stop(dev);
        }
    }

    /** Polls the questionnaire until it answers, dev mode ends, or patience runs out. */
    private static int firstStatus(HttpClient client, Process dev, long start, int port) throws InterruptedException {
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofMinutes(2)).build();
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            if (!dev.isAlive()) {
                return -1;
            }
            try {
                return client.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        return -2;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
