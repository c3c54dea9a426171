package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Playwright drives Debian's Chromium (never a downloaded one).
 * Screenshots for review are written to target/screenshots.
 */
@QuarkusTest
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Chromium is not installed at " + CHROMIUM + ". Install Debian's browser with "
                    + "'apt-get update && apt-get install -y chromium' (.ci/run does this), or point -Dchromium.path at one.");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900));
        page = watch(context.newPage());
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(consoleErrors).as("CSP refusals and script errors").isEmpty();
    }

    private Page watch(Page p) {
        p.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && (m.text().contains("Content Security Policy") || m.text().contains("Refused"))) {
                consoleErrors.add(m.text());
            }
        });
        p.onPageError(error -> consoleErrors.add("script error: " + error));
        return p;
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void answerShoulderAndArchedBack(Page p) {
        p.navigate(url("/"));
        p.getByLabel("A shoulder problem").check();
        p.getByLabel("A strongly arched lower back (hyperlordosis)").check();
        p.locator("input[name=painLevel][value='4']").check();
        p.getByLabel("Two sturdy chairs, or a kitchen bench").check();
        p.getByLabel("A secure bar above head height").check();
        p.getByLabel("A steady chair").check();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
        p.waitForURL(Pattern.compile(".*/plan\\?.*"));
    }

    @Test
    void shoulderProblemAndArchedBackGetAPlanWithoutArmHangsWithCooldownsAndDisclaimers() {
        answerShoulderAndArchedBack(page);

        assertThat(page.locator("h1")).hasText("Your plan");
        Locator exercises = page.locator("li.exercise");
        assertThat(exercises).hasCount(3);
        List<String> names = page.locator("li.exercise h2").allInnerTexts();
        assertThat(names).noneMatch(n -> n.contains("Chair hover") || n.contains("Hanging from a bar"));
        assertThat(names.get(0)).containsAnyOf("Knees to chest", "Child's pose", "Camel pose", "Chair flexion");
        for (int i = 0; i < 3; i++) {
            assertThat(exercises.nth(i).locator("section.cooldown h3")).containsText("Lumbar rolls and pelvic tilts");
            assertThat(exercises.nth(i).locator("section.cooldown")).containsText("30 slow repetitions");
        }
        assertThat(page.locator(".disclaimers li")).hasCount(5);
        assertThat(page.locator("details.excluded")).not().hasAttribute("open", "");
        page.locator("details.excluded summary").click();
        assertThat(page.locator("#excluded-chair-hover")).containsText("shoulder");
        assertThat(page.locator("#excluded-bar-hang")).containsText("Rule: Shoulder, neck or arm problem: nothing that loads the arms");
        assertThat(page.locator("li.exercise img.figure").first()).hasAttribute("alt", Pattern.compile("Simple drawing of .+"));
    }

    @Test
    void aRedFlagReachesTheReferralPage() {
        page.navigate(url("/"));
        page.getByLabel("New trouble passing or holding urine or stools").check();
        page.locator("input[name=painLevel][value='6']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();

        assertThat(page.locator("h1")).hasText("Get medical help now");
        assertThat(page.locator(".advice")).containsText("emergency");
        assertThat(page.locator(".reasons")).containsText("Rule: Red flag: new bladder or bowel trouble");
        assertThat(page.locator("li.exercise")).hasCount(0);
        assertThat(page.locator(".disclaimers li")).hasCount(5);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("referral-desktop.png")).setFullPage(true));
    }

    @Test
    void theTimerCountsDownPausesAndLeadsIntoTheCooldownThenTheNextExercise() {
        page.clock().install();
        page.navigate(url("/plan?painLevel=3&maxExercises=2"));
        Locator first = page.locator("li.exercise").first();
        Locator clock = first.locator(".timer .clock");
        assertThat(clock).hasText("Hold: 0:30");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        page.clock().runFor(10_000);
        assertThat(clock).hasText("Hold: 0:20");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pause")).click();
        page.clock().runFor(5_000);
        assertThat(clock).containsText("0:20");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resume")).click();
        page.clock().runFor(20_000);

        assertThat(clock).containsText("Now the cooldown");
        assertThat(first.locator("section.cooldown")).hasClass(Pattern.compile(".*active.*"));
        Locator rep = first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Count one repetition"));
        assertThat(rep).isFocused();
        for (int i = 0; i < 30; i++) {
            rep.click();
        }
        assertThat(first.locator(".counter .count")).hasText("30");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Go to the next exercise")).click();
        Locator second = page.locator("li.exercise").nth(1);
        assertThat(second).hasClass(Pattern.compile(".*active.*"));
        assertThat(second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer"))).isFocused();
    }

    @Test
    void theSideStretchTimesEachSide() {
        page.clock().install();
        page.navigate(url("/plan?painLevel=3&canGetOnFloor=false&maxExercises=1"));
        Locator first = page.locator("li.exercise").first();
        assertThat(first.locator("h2")).containsText("Side decompression");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        page.clock().runFor(30_000);
        assertThat(first.locator(".clock")).containsText("Change sides");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start side 2")).click();
        page.clock().runFor(30_000);
        assertThat(first.locator(".clock")).containsText("Now the cooldown");
    }

    @Test
    void theShareLinkBringsBackTheSamePlan() {
        answerShoulderAndArchedBack(page);
        String link = page.locator("#share-link").getAttribute("href");
        String planText = page.locator("ol.exercises").innerText();

        try (BrowserContext elsewhere = browser.newContext()) {
            Page other = watch(elsewhere.newPage());
            other.navigate(url(link));
            assertThat(other.locator("ol.exercises").innerText()).isEqualTo(planText);
        }
        assertThat(link).startsWith("/plan?").contains("conditions=HYPERLORDOSIS").contains("conditions=SHOULDER");
    }

    @Test
    void theFormWorksWithJavaScriptTurnedOff() {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page p = watch(noScript.newPage());
            p.navigate(url("/"));
            p.getByLabel("A knee problem, or you cannot kneel").check();
            p.locator("input[name=painLevel][value='5']").check();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
            p.waitForURL(Pattern.compile(".*/plan\\?.*"));

            assertThat(p.locator("li.exercise")).not().hasCount(0);
            assertThat(p.locator("li.exercise h2").first()).isVisible();
            assertThat(p.locator(".timer").first()).isHidden();
            assertThat(p.locator("li.exercise h2")).not().containsText(new String[] {"Child's pose"});
        }
    }

    @Test
    void aFormWithAMistakeComesBackFilledInWithTheErrorNamed() {
        page.navigate(url("/plan?conditions=KNEE&sitsForLongPeriods=true"));

        assertThat(page.locator("#error-summary")).containsText("How bad is your back pain right now?");
        assertThat(page.locator("#e-painLevel")).hasText("Please answer this question.");
        assertThat(page.getByLabel("A knee problem, or you cannot kneel")).isChecked();
        assertThat(page.locator("#q-sitsForLongPeriods input[value=true]")).isChecked();
        page.locator("#error-summary a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*#q-painLevel"));
    }

    @Test
    void everyQuestionIsLabelledAndTheFormIsUsableByKeyboard() {
        page.navigate(url("/"));
        for (Locator input : page.locator("form input").all()) {
            assertThat(input.evaluate("el => !!el.closest('label') && el.closest('label').innerText.trim().length > 0")).isEqualTo(true);
            assertThat(input.evaluate("el => !!el.closest('fieldset') && !!el.closest('fieldset').querySelector('legend')")).isEqualTo(true);
        }
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip")).isFocused();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        Locator firstBox = page.locator("input[name=redFlags]").first();
        assertThat(firstBox).isFocused();
        page.keyboard().press("Space");
        assertThat(firstBox).isChecked();
        Object outline = firstBox.evaluate("el => getComputedStyle(el).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
    }

    @Test
    void printingShowsThePlanWithoutButtonsOnAtMostTwoPages() throws Exception {
        answerShoulderAndArchedBack(page);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator(".tools")).isHidden();
        assertThat(page.locator(".timer").first()).isHidden();
        assertThat(page.locator("header.site")).isHidden();
        assertThat(page.locator("li.exercise")).hasCount(3);
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
        Files.write(SCREENSHOTS.resolve("plan.pdf"), pdf);
        int pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().toList().size();
        assertThat(pages).as("pages of the printed plan").isBetween(1, 2);
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidth() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page p = watch(phone.newPage());
            p.navigate(url("/"));
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("the questionnaire fits a 375 px phone without sideways scrolling").isEqualTo(false);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("questionnaire-phone.png")).setFullPage(true));
            answerShoulderAndArchedBack(p);
            assertThat(p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-phone.png")).setFullPage(true));
        }
        page.navigate(url("/"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("questionnaire-desktop.png")).setFullPage(true));
        answerShoulderAndArchedBack(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-desktop.png")).setFullPage(true));
        assertThat(SCREENSHOTS.resolve("plan-phone.png")).exists();
    }

    /** Answers "How did it go?" for every exercise with one rating, and the rest of the form. */
    private static void checkIn(Page p, String rating, String pain, String overall) {
        Locator exercises = p.locator("fieldset.rating");
        for (int i = 0; i < exercises.count(); i++) {
            exercises.nth(i).getByLabel(rating).check();
        }
        p.getByLabel("Back pain now, 0 to 10").fill(pain);
        p.getByLabel("Sessions a week").fill("4");
        p.locator("fieldset.yesno").nth(0).getByLabel("No").check();
        p.locator("fieldset.yesno").nth(1).getByLabel("No").check();
        p.locator("fieldset.overall").getByLabel(overall).check();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get my next plan")).click();
        p.waitForURL(Pattern.compile(".*/plan\\?.*ci=.*"));
    }

    @Test
    void aPersonChecksInTwiceWithAndWithoutJavaScriptAndSeesWhatChangedAndThePainChart() {
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                    .setViewportSize(1024, 900))) {
                Page p = watch(c.newPage());
                p.navigate(url("/plan?painLevel=3"));
                assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How did it go?"))).isVisible();
                assertThat(p.locator(".checkin-summary")).hasCount(0);
                if (javaScript) {
                    p.locator("section.checkin").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checkin-form.png")));
                }

                checkIn(p, "Just right", "2", "Better");
                assertThat(p.locator(".checkin-summary")).isVisible();
                assertThat(p.locator(".pain-chart svg")).isVisible();
                assertThat(p.locator(".pain-chart figcaption")).hasText("Back pain over time. start: 3 out of 10; week 1: 2 out of 10.");
                assertThat(p.locator("li.exercise .change").first()).hasText("Same step");

                checkIn(p, "Too easy", "2", "Better");
                assertThat(p.url()).contains("ci=1.").contains("ci=2.");
                assertThat(p.locator(".pain-chart circle")).hasCount(3);
                assertThat(p.locator("li.exercise .change").first()).hasText("One step up");
                assertThat(p.locator("li.exercise .step").first()).containsText("Step 2: a firm but comfortable stretch");
                assertThat(p.locator("li.exercise .change-reason").first()).containsText("one step up");
                if (javaScript) {
                    p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-after-two-checkins.png")).setFullPage(true));
                }
            }
        }
    }
}
