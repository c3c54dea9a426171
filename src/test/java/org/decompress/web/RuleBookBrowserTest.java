package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.decompress.rulebook.impact.RuleImpact;
import org.decompress.rulebook.impact.ScratchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule book and the rule impact report in a browser: a plan's "Rule: ..." line opens the rule's
 * entry; the book passes axe at phone and desktop width; screenshots of the book
 * (target/screenshots/rule-book.png) and of a report on a real edit (target/screenshots/rule-impact.png).
 */
@QuarkusTest
class RuleBookBrowserTest extends ChromiumPages {

    @Test
    void aRuleLineOfAPlanOpensThatRulesEntryInTheBook() {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1800))) {
            Page p = watch(c.newPage());
            p.navigate(plan("painLevel=4&conditions=KNEE"));
            p.locator("details.excluded summary").click();
            p.locator("#excluded-childs-pose a.rule").first().click();
            assertThat(p).hasURL(Pattern.compile(".*/rules\\?lang=en#rule-knee-problem-no-kneeling$"));
            assertThat(p.locator("#rule-knee-problem-no-kneeling h3")).hasText("Knee problem: no kneeling");
            assertThat(p.locator("#rule-knee-problem-no-kneeling")).isInViewport();
            assertThat(p.locator("#rule-knee-problem-no-kneeling")).containsText("rules out every exercise form that is done kneeling");

            p.navigate(url("/rules"));
            p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("rule-book.png")));

            // The decision table: circumstances down, forms across, scrolling inside its own frame.
            Locator table = p.locator("section.decisions");
            assertThat(table.locator("tr#decision-hip-replacement-recent td.d-out").first()).isVisible();
            assertThat(table.locator("thead th")).hasCount(2 + 22);
            table.scrollIntoViewIfNeeded();
            table.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("decision-table.png")));
        }
    }

    /** A Spanish plan's "Regla: ..." line opens that rule's entry in the Spanish book. */
    @Test
    void aSpanishPlansRuleLineOpensTheSpanishBook() {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page p = watch(c.newPage());
            p.navigate(plan("painLevel=4&conditions=KNEE&lang=es"));
            p.locator("details.excluded summary").click();
            p.locator("#excluded-childs-pose a.rule").first().click();
            assertThat(p).hasURL(Pattern.compile(".*/rules\\?lang=es#rule-knee-problem-no-kneeling$"));
            assertThat(p.locator("html")).hasAttribute("lang", "es");
            assertThat(p.locator("#rule-knee-problem-no-kneeling h3")).hasText("Problema de rodilla: nada que se haga de rodillas");
            assertThat(p.locator("#rule-knee-problem-no-kneeling")).isInViewport();
            assertThat(p.locator("#rule-knee-problem-no-kneeling")).containsText("descarta toda forma de ejercicio que se haga de rodillas");
            p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("rule-book-es-entry.png")));
        }
    }

    /**
     * The search box filters the rules in the browser (no request), the index leads to a rule, and the
     * page is short with its scenario cases folded: its height in desktop screens (1280 x 800), folded and
     * with every fold opened, goes to target/screenshots/rule-book-length.txt.
     */
    @Test
    void theSearchBoxFiltersTheRulesAndTheFoldedPageIsShort() throws Exception {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page p = watch(c.newPage());
            p.navigate(url("/rules"));
            double folded = screens(p);
            p.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            double unfolded = screens(p);
            double index = ((Number) p.evaluate("document.querySelector('section.book-index').getBoundingClientRect().height")).doubleValue() / 800;
            p.evaluate("document.querySelectorAll('details').forEach(d => d.open = false)");
            String line = String.format(java.util.Locale.ROOT, "rule book at 1280 x 800: %.1f desktop screens folded (the index by condition "
                    + "takes %.1f of them); %.1f with every scenario list opened", folded, index, unfolded);
            Files.createDirectories(Chromium.SCREENSHOTS);
            Files.writeString(Chromium.SCREENSHOTS.resolve("rule-book-length.txt"), line + "\n");
            System.out.println(line);
            assertThat(folded).as("folded, the page is shorter than unfolded").isLessThan(unfolded * 0.7);

            Locator entries = p.locator("article.rule-entry");
            int all = entries.count();
            List<String> requests = new ArrayList<>();
            p.onRequest(r -> requests.add(r.url()));
            p.locator("#rule-search").fill("osteoporosis");
            assertThat(p.locator("#rule-search-status")).containsText(" rules match.");
            assertThat(p.locator("#rule-osteoporosis-no-deep-forward-bending")).isVisible();
            assertThat(p.locator("#rule-knee-problem-no-kneeling")).isHidden();
            int shown = p.locator("article.rule-entry:visible").count();
            assertThat(shown).isBetween(1, all - 1);
            for (String text : p.locator("article.rule-entry:visible").allTextContents()) {
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains("osteoporosis");
            }
            assertThat(p.locator(".book-index [data-search]:visible").first()).containsText("Osteoporosis");
            p.locator("#rule-search").fill("no such rule anywhere");
            assertThat(p.locator("#rule-search-status")).hasText("No rule matches.");
            assertThat(p.locator("article.rule-entry:visible")).hasCount(0);
            p.locator("#rule-search").fill("");
            assertThat(p.locator("article.rule-entry:visible")).hasCount(all);
            assertThat(requests).as("the search asks the server nothing").isEmpty();

            p.locator(".book-index a[href='#rule-osteoporosis-no-deep-forward-bending']").first().click();
            assertThat(p.locator("#rule-osteoporosis-no-deep-forward-bending")).isInViewport();
            p.locator("#index").scrollIntoViewIfNeeded();
            p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("rule-book-index.png")));
        }
    }

    private static double screens(Page p) {
        return ((Number) p.evaluate("document.documentElement.scrollHeight")).doubleValue() / 800;
    }

    @Test
    void axeFindsNoViolationInTheRuleBook() {
        List<String> violations = new ArrayList<>();
        for (String book : List.of("/rules", "/rules?lang=es")) {
            for (int width : new int[] {375, 1024}) {
                violations.addAll(axe(book, width));
            }
        }
        assertThat(violations).isEmpty();
    }

    private List<String> axe(String book, int width) {
        List<String> violations = new ArrayList<>();
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
            Page p = watch(c.newPage());
            p.navigate(url(book));
            assertThat(p.locator("#rule-search")).isVisible();
            p.locator("article.rule-entry details").first().evaluate("d => d.open = true");
            var results = new com.deque.html.axecore.playwright.AxeBuilder(p).withTags(BrowserTest.WCAG_22_A_AA).analyze();
            results.getViolations().forEach(v -> violations.add(book + " at " + width + " px: " + v.getId() + " on "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList()));
        }
        return violations;
    }

    @Test
    void theImpactReportOfARealEditShowsItsPeopleBeforeAndAfter(@TempDir Path scratch) throws Exception {
        Path base = ScratchProject.copy(scratch.resolve("base"));
        Path head = ScratchProject.copy(scratch.resolve("head"));
        ScratchProject.removeRule(head.resolve("rules/exclusion.drl"), "Osteoporosis: no deep forward bending");
        Path out = head.resolve("target/rule-impact");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = RuleImpact.run(new String[] {base.toString(), "--project", head.toString(), "--out", out.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rule \"Osteoporosis: no deep forward bending\" no longer fires");

        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1600))) {
            Page p = c.newPage();
            p.navigate(out.resolve("report.html").toUri().toString());
            assertThat(p.locator("h1")).containsText("Rule impact: working tree against");
            assertThat(p.locator("section.group").first().locator("table")).hasCount(3);
            assertThat(p.locator("section.group").first()).containsText("With the edit");
            p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("rule-impact.png")));
        }
        assertThat(Files.size(Chromium.SCREENSHOTS.resolve("rule-impact.png"))).isPositive();
    }
}
