package org.decompress.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium under Playwright (never a downloaded browser), as every browser test starts it.
 * Screenshots for review go to target/screenshots.
 */
final class Chromium {

    static final Path PATH = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static Playwright playwright() throws Exception {
        if (!Files.isExecutable(PATH)) {
            fail("Chromium is not installed at " + PATH + ". Install Debian's browser with "
                    + "'apt-get update && apt-get install -y chromium' (.ci/run does this), or point -Dchromium.path at one.");
        }
        Files.createDirectories(SCREENSHOTS);
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PATH)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
