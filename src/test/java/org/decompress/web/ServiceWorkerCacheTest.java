package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The service worker in a real browser, as a returning person meets it after an update: the page links a newer
 * build's file (another {@code ?v=}) while the old worker still runs. The worker never answers that address
 * with its own build's bytes unless there is no network; and an open page says in one line that a new version
 * is ready when a new worker takes over. {@code ServiceWorkerUpdateIT} does the same across two real builds.
 */
@QuarkusTest
class ServiceWorkerCacheTest extends ChromiumPages {

    static final String CACHED = "/* this build, as cached */";

    @Test
    void anotherVersionsAddressGoesToTheNetworkAndThisBuildsFileStandsInOnlyOffline() {
        try (BrowserContext c = browser.newContext()) {
            Page p = watch(c.newPage());
            String own = controlledPage(p);
            // This build's cached style sheet, marked so that an answer from the cache can be told from the network's.
            p.evaluate("async own => { const name = (await caches.keys()).find(n => n.startsWith('decompress-static-'));"
                    + " await (await caches.open(name)).put(own, new Response('" + CACHED + "', {headers: {'Content-Type': 'text/css'}})); }", own);
            String another = "/static/app.css?v=0123456789ab";

            assertThat(fetchText(p, own)).as("its own address: from the cache").isEqualTo(CACHED);
            assertThat(fetchText(p, another)).as("another version's address: from the network").contains(":root").doesNotContain(CACHED);
            // Offline, at an address the browser's own HTTP cache has not seen either.
            c.setOffline(true);
            assertThat(fetchText(p, "/static/app.css?v=ba9876543210")).as("offline, this build's file stands in").isEqualTo(CACHED);
            c.setOffline(false);
        }
    }

    @Test
    void anOpenPageSaysInOneLineWhenANewVersionIsReady() {
        try (BrowserContext c = browser.newContext()) {
            Page p = watch(c.newPage());
            p.navigate(url("/?lang=es"));
            p.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
            p.reload();
            assertThat(p.locator("#update-ready")).isHidden();
            // What a new worker's clients.claim() does to a page an older worker controls.
            p.evaluate("() => navigator.serviceWorker.dispatchEvent(new Event('controllerchange'))");
            assertThat(p.locator("#update-ready")).isVisible();
            assertThat(p.locator("#update-ready")).hasText("Hay una versión nueva de Decompress. Volver a cargar esta página");
        }
    }

    /** The questionnaire, loaded again once the worker is ready, so that the worker answers its requests; its style sheet's address. */
    private String controlledPage(Page p) {
        p.navigate(url("/"));
        p.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
        p.reload();
        assertThat(p.evaluate("() => !!navigator.serviceWorker.controller")).isEqualTo(true);
        return p.locator("link[rel=stylesheet]").first().getAttribute("href");
    }

    private static String fetchText(Page page, String url) {
        return String.valueOf(page.evaluate("u => fetch(u).then(r => r.text())", url));
    }
}
