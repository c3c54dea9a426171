package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.decompress.rulebook.impact.ScratchProject;
import org.decompress.testkit.Launches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade reaches a returning person: the packaged service (a copy of target/quarkus-app) serves a
 * person who keeps a plan; then it stops, its style sheet and one of the plan's pictures change (a new
 * build), and it starts again at the same address. The browser, still holding the old service worker
 * and its cache, gets the new worker, which drops the old build's cache and serves the new style sheet
 * and the redrawn picture; the kept plan survives and still opens offline, with this build's files.
 * Runs in {@code verify}, after packaging.
 */
class ServiceWorkerUpdateIT {

    static final String PLAN = Links.answered("/plan?painLevel=3&maxExercises=1&lang=es");
    static final String NEW_RULE = "\n/* build 2 */ .build-two { outline: 0; }\n";

    @Test
    void aNewBuildsFilesReachABrowserThatHoldsTheOldOnesAndAKeptPlanSurvives(@TempDir Path copy) throws Exception {
        Path app = copy.resolve("quarkus-app");
        ScratchProject.copyTree(Path.of("target", "quarkus-app"), app);
        int port = Launches.freePort();
        String origin = "http://localhost:" + port;
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
             BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String oldVersion;
            String oldStyles;
            String oldCss;
            String figure;
            String oldFigure;
            Process service = start(app, port);
            try {
                page.navigate(origin + PLAN);
                page.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
                oldVersion = staticCache(page);
                oldStyles = page.locator("link[rel=stylesheet]").first().getAttribute("href");
                oldCss = fetchText(page, oldStyles);
                figure = page.locator("img.figure.moving").first().getAttribute("src");
                oldFigure = fetchText(page, figure);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar este plan en este dispositivo")).click();
                assertThat(page.locator("#keep-status")).containsText("Guardado");
            } finally {
                Launches.stop(service);
            }

            Path jar;
            try (Stream<Path> jars = Files.list(app.resolve("app"))) {
                jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            }
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
                Files.writeString(zip.getPath("META-INF/resources/static/app.css"), NEW_RULE, StandardOpenOption.APPEND);
                Path poses = zip.getPath("catalog/figures.json");
                Files.writeString(poses, movedHip(Files.readString(poses), figureKey(figure)));
            }

            service = start(app, port);
            try {
                page.navigate(origin + PLAN);
                page.evaluate("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); return true; }");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (cacheNames(page).contains(oldVersion) && System.nanoTime() < deadline) {
                    page.waitForTimeout(200);
                }
                String newVersion = staticCache(page);
                assertThat(newVersion).as("the new build's cache").isNotEqualTo(oldVersion);
                assertThat(cacheNames(page)).as("old cache removed, kept plans kept").containsExactlyInAnyOrder(newVersion, "decompress-kept-plans");

                page.reload();
                String newStyles = page.locator("link[rel=stylesheet]").first().getAttribute("href");
                assertThat(newStyles).as("the page links the new style sheet").isNotEqualTo(oldStyles);
                assertThat(fetchText(page, newStyles)).as("the new style sheet, served fresh").contains(".build-two");
                String shownFigure = page.locator("img.figure.moving").first().getAttribute("src");
                assertThat(fetchText(page, shownFigure)).as("the redrawn picture, not the old cache's")
                        .isNotEqualTo(oldFigure).isEqualTo(fetchFromService(origin + shownFigure));
            } finally {
                Launches.stop(service);
            }

            context.setOffline(true);
            page.navigate(origin + PLAN);
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Su plan"))).isVisible();
            // The kept page as it was kept, linking the old build's style sheet.
            assertThat(page.locator("link[rel=stylesheet]").first()).hasAttribute("href", oldStyles);
            // A versioned address is answered with its own version's bytes, never another's (the worker
            // goes to the network, which offline is the browser's own cache of that address; only when
            // nothing holds it does this build's file of the same path stand in).
            assertThat(fetchText(page, oldStyles)).as("the kept page's style sheet is the one it was kept with").isEqualTo(oldCss)
                    .doesNotContain(".build-two");
        }
    }

    /** {@code /figures/some-key.svg?lang=es&v=...} names the figure {@code some-key}. */
    static String figureKey(String src) {
        String name = src.substring("/figures/".length());
        return name.substring(0, name.indexOf(".svg"));
    }

    /** The figure's poses with its start pose's hip moved by one unit: a new build that redraws one picture. */
    static String movedHip(String poses, String key) {
        Matcher hip = Pattern.compile("\"hip\": \\[(\\d+)").matcher(poses);
        int at = poses.indexOf("\"key\": \"" + key + "\"");
        if (at < 0 || !hip.find(at)) {
            throw new IllegalStateException("no start pose for " + key);
        }
        return poses.substring(0, hip.start(1)) + (Integer.parseInt(hip.group(1)) + 1) + poses.substring(hip.end(1));
    }

    private static String fetchFromService(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String staticCache(Page page) {
        return cacheNames(page).stream().filter(n -> n.startsWith("decompress-static-")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> cacheNames(Page page) {
        return (List<String>) page.evaluate("() => caches.keys()");
    }

    private static String fetchText(Page page, String url) {
        return String.valueOf(page.evaluate("u => fetch(u).then(r => r.text())", url));
    }

    private static Process start(Path app, int port) throws IOException {
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-jar", app.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null && System.nanoTime() < deadline; line = output.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Listening on")) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return service;
            }
        }
        service.destroyForcibly();
        throw new IllegalStateException("the packaged service did not start:\n" + seen);
    }
}
