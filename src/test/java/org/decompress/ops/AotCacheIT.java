package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.decompress.testkit.Launches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK 25 AOT cache of the packaged service, with the JDK on this machine (skipped where there is
 * no JDK 25): bin/serve trains it with a run that serves plans, starts with it and answers a plan; a
 * stale or broken cache never stops a start: the JVM says so and runs without it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AotCacheIT {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final Path CACHE = APP.resolve("app.aot");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static String java25;

    @TempDir
    static Path logs;

    @BeforeAll
    static void needsJdk25() throws Exception {
        ProcessBuilder query = new ProcessBuilder("bin/serve");
        query.environment().put("DECOMPRESS_PRINT_JAVA", "1");
        Process p = query.redirectErrorStream(true).start();
        String[] chosen = new String(p.getInputStream().readAllBytes()).strip().split(" ");
        p.waitFor();
        assumeTrue(chosen.length == 2 && Integer.parseInt(chosen[1]) >= 25, "no JDK 25 on this machine: " + String.join(" ", chosen));
        java25 = chosen[0];
    }

    @Test
    @Order(1)
    void serveTrainsTheCacheStartsWithItAndAnswersAPlan() throws Exception {
        Files.deleteIfExists(CACHE);
        Path log = logs.resolve("serve.log");
        int port = Launches.freePort();
        Process service = serve(port, log, Map.of("DECOMPRESS_TRAINING_ROUNDS", "2"));
        try {
            assertThat(firstPlan(port, service, Duration.ofMinutes(4))).as("a plan from the service: see " + log).isEqualTo(200);
        } finally {
            Launches.stop(service);
        }
        assertThat(CACHE).as("bin/serve trained the cache").exists();
        assertThat(Files.size(CACHE)).isGreaterThan(10_000_000L);
        String said = Files.readString(log);
        assertThat(said).contains("training the AOT cache");
        assertThat(said).as("the JVM took the cache without complaint").doesNotContain("[aot]");
    }

    @Test
    @Order(2)
    void aCacheThatDoesNotFitNeverStopsAStart() throws Exception {
        assumeTrue(Files.exists(CACHE), "the cache of the first test");
        // Other JVM options than those it was trained with: the JVM says so once and runs without it.
        assertStartsAndAnswers(APP, List.of("-XX:AOTCache=" + CACHE, "-XX:+UseParallelGC"), "other options");
        // The whole packaged service moved to another folder, its cache with it.
        Path moved = logs.resolve("moved");
        copyTree(APP, moved);
        assertStartsAndAnswers(moved, List.of("-XX:+UseSerialGC", "-XX:AOTCache=" + moved.resolve("app.aot")), "moved elsewhere");
        // Not a cache at all.
        Path broken = logs.resolve("broken.aot");
        Files.write(broken, new byte[200_000]);
        String said = assertStartsAndAnswers(APP, List.of("-XX:+UseSerialGC", "-XX:AOTCache=" + broken), "a broken file");
        assertThat(said).contains("[aot]");
    }

    private String assertStartsAndAnswers(Path app, List<String> options, String what) throws Exception {
        Path log = logs.resolve(what.replace(' ', '-') + ".log");
        int port = Launches.freePort();
        List<String> command = new ArrayList<>(List.of(java25, "-Xmx128m", "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(options);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.log.console.json.enabled=false", "-jar",
                app.resolve("quarkus-run.jar").toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(firstPlan(port, service, Duration.ofMinutes(2))).as(what + ": a plan from the service: see " + log).isEqualTo(200);
        } finally {
            Launches.stop(service);
        }
        return Files.readString(log);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Process serve(int port, Path log, Map<String, String> environment) throws IOException {
        ProcessBuilder serve = new ProcessBuilder("bin/serve").redirectErrorStream(true).redirectOutput(log.toFile());
        serve.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        serve.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        serve.environment().put("DECOMPRESS_TRAINING_PORT", String.valueOf(Launches.freePort()));
        serve.environment().putAll(environment);
        return serve.start();
    }

    private static int firstPlan(int port, Process service, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpRequest plan = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"painLevel\": 4}")).build();
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                return HTTP.send(plan, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return -1;
    }
}
