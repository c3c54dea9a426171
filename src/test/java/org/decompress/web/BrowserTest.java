package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Playwright drives Debian's Chromium (never a downloaded one).
 * Screenshots for review are written to target/screenshots.
 */
@QuarkusTest
class BrowserTest extends ChromiumPages {

    static final Path CHROMIUM = Chromium.PATH;
    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    @jakarta.inject.Inject
    org.decompress.figure.FigureBook figures;

    @jakarta.inject.Inject
    org.decompress.catalog.Catalog catalog;

    BrowserContext context;
    Page page;

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900));
        page = watch(context.newPage());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private void answerShoulderAndArchedBack(Page p) {
        p.navigate(url("/"));
        p.getByLabel("A shoulder problem").check();
        p.getByLabel("A strongly arched lower back (hyperlordosis)").check();
        p.locator("input[name=painLevel][value='4']").check();
        p.getByLabel("Two sturdy chairs, or a kitchen bench").check();
        p.getByLabel("A secure bar above head height").check();
        p.getByLabel("A steady chair").check();
        answerTheSafetyQuestions(p);
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
        // The picture's words describe the position, and say where the stretch is felt.
        assertThat(page.locator("li.exercise img.figure.moving").first())
                .hasAttribute("alt", Pattern.compile(".{40,}The lower back is marked where the stretch should be felt\\."));
    }

    /**
     * The leg question no one skips past, on a phone: nothing pre-ticked, four answers; new or worsening
     * symptoms in both legs are an emergency, long-standing and unchanged ones a plan with the warning
     * signs of cauda equina syndrome. Skipping the safety questions (a form sent without them) asks again.
     */
    @Test
    void theLegQuestionOnAPhoneTellsANewProblemInBothLegsFromALongStandingOne() {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true))) {
            Page p = watch(c.newPage());
            p.navigate(url("/"));
            Locator legs = p.locator("#q-legSymptoms");
            assertThat(legs.locator("input:checked")).hasCount(0);
            assertThat(p.locator("#q-canGetOnFloor input:checked")).hasCount(0);
            assertThat(p.locator("#q-redFlags input[value=NONE]")).not().isChecked();
            assertThat(legs.locator("label.option")).hasCount(4);
            legs.scrollIntoViewIfNeeded();
            legs.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("leg-question-phone.png")));
            p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("leg-question-phone-screen.png")));

            p.locator("input[name=painLevel][value='5']").check();
            legs.getByLabel("Yes, into both legs, and it is new or getting worse").check();
            answerTheSafetyQuestions(p);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
            assertThat(p.locator("h1")).hasText("Get medical help now");
            assertThat(p.locator("main")).containsText("both legs");

            p.goBack();
            p.locator("#q-legSymptoms").getByLabel("Yes, into both legs, but it has been like this for a long time and is not changing").check();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
            assertThat(p.locator("h1")).hasText("Your plan");
            assertThat(p.locator(".warnings")).containsText("emergency department");

            // Without the safety answers (as a form sent without the browser's checks would come), the page asks for each.
            p.navigate(url("/plan?painLevel=5"));
            assertThat(p.locator("#error-summary")).containsText("Does pain, tingling or numbness spread into your legs?");
            assertThat(p.locator("#e-redFlags")).isVisible();
            assertThat(p.locator("#e-canGetOnFloor")).isVisible();
        }
    }

    @Test
    void noneOfTheseClearsTheSignsTickedAndASignClearsNoneOfThese() {
        page.navigate(url("/"));
        Locator none = page.locator("#q-redFlags input[value=NONE]");
        page.getByLabel("A fever, or feeling generally unwell, along with the back pain").check();
        none.check();
        assertThat(page.getByLabel("A fever, or feeling generally unwell, along with the back pain")).not().isChecked();
        page.getByLabel("Pain in your upper or middle back").check();
        assertThat(none).not().isChecked();
    }

    @Test
    void aRedFlagReachesTheReferralPage() {
        page.navigate(url("/"));
        page.getByLabel("New trouble passing or holding urine or stools").check();
        page.locator("input[name=painLevel][value='6']").check();
        answerTheSafetyQuestions(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();

        assertThat(page.locator("h1")).hasText("Get medical help now");
        assertThat(page.locator(".advice")).containsText("emergency");
        assertThat(page.locator(".reasons")).containsText("Rule: Red flag: new bladder or bowel trouble");
        assertThat(page.locator("li.exercise")).hasCount(0);
        // a referral carries no exercise advice: only the first disclaimer
        assertThat(page.locator(".disclaimers li")).hasCount(1);
        assertThat(page.locator("main")).not().containsText("small, light stretch");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("referral-desktop.png")).setFullPage(true));
    }

    @Test
    void theTimerCountsDownPausesAndLeadsIntoTheCooldownThenTheNextExercise() {
        page.clock().install();
        page.navigate(plan("painLevel=3&maxExercises=2"));
        Locator first = page.locator("li.exercise").first();
        Locator clock = first.locator(".timer .clock");
        assertThat(clock).hasText("Hold: 0:30");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        assertThat(clock).hasText("Get ready: 0:03");
        page.clock().runFor(3_000);
        assertThat(clock).hasText("Hold: 0:30");
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
        page.navigate(plan("painLevel=3&canGetOnFloor=false&maxExercises=1"));
        Locator first = page.locator("li.exercise").first();
        assertThat(first.locator("h2")).containsText("Side decompression");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        page.clock().runFor(33_000);
        assertThat(first.locator(".clock")).containsText("Change sides");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start side 2")).click();
        page.clock().runFor(33_000);
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
            answerTheSafetyQuestions(p);
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
        page.navigate(plan("conditions=KNEE&sitsForLongPeriods=true"));

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
        for (Locator input : page.locator("form input:not([type=hidden])").all()) {
            assertThat(input.evaluate("el => !!el.closest('label') && el.closest('label').innerText.trim().length > 0")).isEqualTo(true);
            assertThat(input.evaluate("el => !!el.closest('fieldset') && !!el.closest('fieldset').querySelector('legend')")).isEqualTo(true);
        }
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip")).isFocused();
        Locator firstBox = page.locator("input[name=redFlags]").first();
        // The brand link and the language switch come before the first question.
        for (int tab = 0; tab < 4 && !Boolean.TRUE.equals(firstBox.evaluate("el => el === document.activeElement")); tab++) {
            page.keyboard().press("Tab");
        }
        assertThat(firstBox).isFocused();
        page.keyboard().press("Space");
        assertThat(firstBox).isChecked();
        Object outline = firstBox.evaluate("el => getComputedStyle(el).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
    }

    @Test
    void followUpQuestionsAppearOnlyWhereTheyMatterAndAPregnancyPlanSaysWhenToStop() {
        page.navigate(url("/"));
        Locator weeks = page.locator("#q-pregnancyWeeks");
        Locator pressure = page.locator("#q-bloodPressureControlled");
        Locator doctor = page.locator("#q-doctorClearedExercise");
        assertThat(weeks).isHidden();
        assertThat(pressure).isHidden();
        assertThat(doctor).isHidden();

        page.getByLabel("High blood pressure").check();
        assertThat(pressure).isVisible();
        assertThat(doctor).isVisible();
        assertThat(weeks).isHidden();
        page.getByLabel("High blood pressure").uncheck();
        assertThat(pressure).isHidden();
        assertThat(doctor).isHidden();

        page.getByLabel("Pregnancy", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(weeks).isVisible();
        page.locator("#q-age input").fill("31");
        page.locator("#q-pregnancyWeeks input").fill("24");
        page.locator("input[name=painLevel][value='4']").check();
        page.locator("section[aria-labelledby=g-health]").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("questionnaire-new-questions.png")));
        answerTheSafetyQuestions(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
        page.waitForURL(Pattern.compile(".*/plan\\?.*"));

        org.assertj.core.api.Assertions.assertThat(page.url()).contains("pregnancyWeeks=24").contains("age=31")
                .doesNotContain("bloodPressureControlled").doesNotContain("doctorClearedExercise");
        assertThat(page.locator("section.warnings")).containsText("midwife");
        assertThat(page.locator("section.warnings")).containsText("bleeding");
        List<String> names = page.locator("li.exercise h2").allInnerTexts();
        assertThat(names).noneMatch(n -> n.contains("Posture reset") || n.contains("Manual traction"));
        assertThat(names).anyMatch(n -> n.contains("Knees to chest") && n.contains("One leg at a time"));
        for (Locator cooldown : page.locator("section.cooldown h3").all()) {
            assertThat(cooldown).containsText("Standing pelvic tilts against a wall");
        }
        assertThat(page.locator("section.cooldown .cooldown-reasons").first()).containsText("16 weeks");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pregnancy-plan.png")).setFullPage(true));
    }

    @Test
    void withoutJavaScriptTheFollowUpsShowAsOptionalQuestionsThatSayWhenTheyApply() {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page p = watch(noScript.newPage());
            p.navigate(url("/"));
            assertThat(p.locator("#q-pregnancyWeeks legend")).containsText("Only if you are pregnant");
            assertThat(p.locator("#q-bloodPressureControlled legend")).containsText("Only if you have high blood pressure");
            assertThat(p.locator("#q-doctorClearedExercise legend")).containsText("Only if you have heart disease");
            assertThat(p.locator("#q-bloodPressureControlled input:checked")).hasCount(0);
            assertThat(p.locator("#q-doctorClearedExercise input:checked")).hasCount(0);
            p.getByLabel("Heart disease").check();
            p.locator("#q-doctorClearedExercise").getByLabel("Yes").check();
            p.locator("input[name=painLevel][value='3']").check();
            answerTheSafetyQuestions(p);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
            p.waitForURL(Pattern.compile(".*/plan\\?.*"));
            assertThat(p.locator("h1")).hasText("Your plan");

            p.navigate(url("/"));
            p.getByLabel("Heart disease").check();
            p.locator("#q-heartConditionStable").getByLabel("No, one of these applies").check();
            p.locator("input[name=painLevel][value='3']").check();
            answerTheSafetyQuestions(p);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my plan")).click();
            assertThat(p.locator("h1")).hasText("See a doctor in the next few days");
            assertThat(p.locator(".reasons")).containsText("Rule: Readiness: a heart condition that is not stable needs a doctor's yes first");
        }
    }

    @Test
    void aPlanWithLegPainSaysTheWarningSignsAndACheckInAsksThemAgain() {
        page.navigate(plan("painLevel=4&legSymptoms=ONE_LEG"));
        assertThat(page.locator("section.warnings")).containsText("emergency department");
        assertThat(page.locator("section.warnings")).containsText("both legs");

        Locator exercises = page.locator("fieldset.rating");
        for (int i = 0; i < exercises.count(); i++) {
            exercises.nth(i).getByLabel("Just right").check();
        }
        page.getByLabel("Back pain now, 0 to 10").fill("3");
        page.getByLabel("Sessions a week").fill("4");
        page.locator("fieldset.yesno").nth(0).getByLabel("No").check();
        page.locator("fieldset.yesno").nth(1).getByLabel("No").check();
        page.locator("fieldset.overall").getByLabel("Better").check();
        page.locator("fieldset.flags").getByLabel("New or worsening pain, tingling or numbness in both legs").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get my next plan")).click();
        page.waitForURL(Pattern.compile(".*/plan\\?.*ci=.*"));

        org.assertj.core.api.Assertions.assertThat(page.url()).contains("redFlags=BOTH_LEGS");
        assertThat(page.locator("h1")).hasText("Get medical help now");
        assertThat(page.locator(".reasons")).containsText("Rule: Red flag: pain, tingling or numbness in both legs");
    }

    /**
     * How long the form is for a typical person (pain 4, a shoulder problem, a chair at hand,
     * everything else left as it is): the keyboard stops from the first control to "Show my plan"
     * (a radio group is one stop, every box one) and the choices a person reads on the way. Written
     * to target/screenshots/form-length.txt; the bound keeps the form from growing unnoticed.
     */
    @Test
    void theQuestionnaireStaysQuickForATypicalPerson() throws Exception {
        page.navigate(url("/"));
        page.locator("input[name=painLevel][value='4']").check();
        page.getByLabel("A shoulder problem").check();
        page.getByLabel("A steady chair").check();
        page.locator("form.questionnaire input:not([type=hidden])").first().focus();
        int stops = 1;
        while (!Boolean.TRUE.equals(page.evaluate("() => document.activeElement.classList.contains('primary')"))) {
            page.keyboard().press("Tab");
            stops++;
            assertThat(stops).as("the submit button is reachable by keyboard").isLessThan(200);
        }
        Object choices = page.evaluate("() => [...document.querySelectorAll('form.questionnaire input:not([type=hidden])')]"
                + ".filter(i => i.offsetParent !== null).length");
        String line = "typical person: " + stops + " keyboard stops to the submit button, " + choices + " choices shown";
        Files.writeString(SCREENSHOTS.resolve("form-length.txt"), line + "\n");
        System.out.println("Form length: " + line);
        assertThat(stops).as("keyboard stops for a typical person").isLessThanOrEqualTo(70);
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

    @Test
    void aPersonChecksInTwiceWithAndWithoutJavaScriptAndSeesWhatChangedAndThePainChart() {
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                    .setViewportSize(1024, 900))) {
                Page p = watch(c.newPage());
                p.navigate(plan("painLevel=3"));
                assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How did it go?"))).isVisible();
                assertThat(p.locator(".checkin-summary")).hasCount(0);
                if (javaScript) {
                    p.locator("section.checkin").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("checkin-form.png")));
                }

                checkIn(p, CheckInForm.ENGLISH, "Just right", "2", "Better");
                assertThat(p.locator(".checkin-summary")).isVisible();
                assertThat(p.locator(".pain-chart svg")).isVisible();
                assertThat(p.locator(".pain-chart figcaption")).hasText("Back pain over time. start: 3 out of 10; week 1: 2 out of 10.");
                assertThat(p.locator("li.exercise .change").first()).hasText("Same step");

                checkIn(p, CheckInForm.ENGLISH, "Too easy", "2", "Better");
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

    /**
     * Pictures that teach, on a 390 px phone: every picture of a 3-exercise plan, the cooldown's too,
     * takes the card's whole width, moving or (for reduced motion) still; and the contact sheet of every
     * figure is shot at that width, one under another, to be looked at (figures/contact-sheet-phone.png).
     */
    @Test
    void onAPhoneEveryPictureTakesTheWholeWidthAndTheContactSheetIsShotAtThatWidth() throws Exception {
        for (com.microsoft.playwright.options.ReducedMotion motion : List.of(com.microsoft.playwright.options.ReducedMotion.NO_PREFERENCE,
                com.microsoft.playwright.options.ReducedMotion.REDUCE)) {
            try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setReducedMotion(motion))) {
                Page p = watch(c.newPage());
                p.navigate(plan("painLevel=4&conditions=HYPERLORDOSIS&equipment=CHAIR"));
                Locator pictures = p.locator("img.figure.moving");
                assertThat(pictures).hasCount(4); // three exercises and the cooldown, shown once in full
                for (int i = 0; i < pictures.count(); i++) {
                    Object share = pictures.nth(i).evaluate("img => { const card = img.closest('.exercise'); const s = getComputedStyle(card);"
                            + " const inner = card.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                            + " return img.getBoundingClientRect().width / inner; }");
                    assertThat(((Number) share).doubleValue()).as(motion + ": picture " + i + "'s share of its card's width").isGreaterThan(0.99);
                }
            }
        }
        Path sheetDir = SCREENSHOTS.resolve("figures");
        Files.createDirectories(sheetDir);
        StringBuilder sheet = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font:13px sans-serif;margin:0;padding:29px\">");
        for (String key : org.decompress.figure.FigureBook.keysOf(catalog)) {
            sheet.append("<figure style=\"margin:0 0 8px\"><img src=\"").append(url("/figures/" + key + "-still.svg"))
                    .append("\" width=\"480\" height=\"144\" style=\"display:block;width:100%;height:auto;background:#f2f5f8\" alt=\"\"><figcaption>")
                    .append(key).append("</figcaption></figure>");
        }
        Path html = sheetDir.resolve("contact-sheet-phone.html");
        Files.writeString(html, sheet.append("</body></html>").toString());
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page p = watch(c.newPage());
            p.navigate(html.toUri().toString());
            p.waitForLoadState();
            p.screenshot(new Page.ScreenshotOptions().setPath(sheetDir.resolve("contact-sheet-phone.png")).setFullPage(true));
        }
        assertThat(sheetDir.resolve("contact-sheet-phone.png")).exists();
    }

    @Test
    void everyExerciseVariantAndTheCooldownHasAFigureWithWordsAndAScreenshotOfBothPoses() throws Exception {
        Path sheetDir = SCREENSHOTS.resolve("figures");
        Files.createDirectories(sheetDir);
        List<String> keys = org.decompress.figure.FigureBook.keysOf(catalog);
        StringBuilder sheet = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font:12px sans-serif;margin:8px\">"
                + "<div style=\"display:grid;grid-template-columns:repeat(3,1fr);gap:8px\">");
        for (String key : keys) {
            assertThat(figures.find(key)).as("a figure for " + key).isPresent();
            page.setViewportSize(480, 144);
            page.navigate(url("/figures/" + key + "-still.svg"));
            page.screenshot(new Page.ScreenshotOptions().setPath(sheetDir.resolve(key + ".png")));
            sheet.append("<figure style=\"margin:0;border:1px solid #ccc\"><img src=\"").append(url("/figures/" + key + "-still.svg"))
                    .append("\" width=\"480\" height=\"144\" style=\"width:100%;height:auto\" alt=\"\"><figcaption>").append(key)
                    .append("</figcaption></figure>");
        }
        sheet.append("</div></body></html>");
        Path html = sheetDir.resolve("contact-sheet.html");
        Files.writeString(html, sheet.toString());
        page.setViewportSize(1400, 900);
        page.navigate(html.toUri().toString());
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(sheetDir.resolve("contact-sheet.png")).setFullPage(true));
        assertThat(sheetDir.resolve("contact-sheet.png")).exists();

        // On a plan page every picture has its words, and the moving one turns still for reduced motion.
        page.navigate(plan("painLevel=3&helperAvailable=true&equipment=EXERCISE_BALL"));
        Locator pictures = page.locator("li.exercise img.figure.moving");
        assertThat(pictures).not().hasCount(0);
        for (int i = 0; i < pictures.count(); i++) {
            assertThat(pictures.nth(i).getAttribute("alt")).as("alt text").isNotBlank();
        }
        try (BrowserContext still = browser.newContext(new Browser.NewContextOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE))) {
            Page p = watch(still.newPage());
            p.navigate(plan("painLevel=3"));
            Object src = p.locator("li.exercise img.figure.moving").first().evaluate("img => img.currentSrc");
            assertThat(String.valueOf(src)).contains("-still.svg?lang=en");
        }
    }

    @Test
    void aKeptPlanOpensOfflineWithPicturesAndTimerAndOneNotKeptOrForgottenDoesNot() {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900))) {
            List<String> requests = new ArrayList<>();
            c.onRequest(r -> requests.add(r.url()));
            Page p = watch(c.newPage());
            String plan = plan("painLevel=3&maxExercises=2");
            p.navigate(plan);
            p.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
            assertThat(p.locator("#keep-plan")).isVisible();
            int before = requests.size();

            p.locator("#keep-plan").click();
            assertThat(p.locator("#keep-status")).containsText("Kept on this device");
            assertThat(p.locator("#forget-plan")).isVisible();
            assertThat(requests.subList(before, requests.size())).as("keeping the plan sends nothing").noneMatch(u -> u.contains("painLevel"));
            Object kept = p.evaluate("async () => { const c = await caches.open('decompress-kept-plans');"
                    + " return (await (await c.match(location.href)).text()); }");
            assertThat(String.valueOf(kept)).as("the page is kept as served, before scripts changed it")
                    .contains("id=\"keep-tools\" hidden").contains("<span id=\"keep-status\" role=\"status\"></span>");

            c.setOffline(true);
            p.reload();
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your plan"))).isVisible();
            assertThat(p.locator("li.exercise")).hasCount(2);
            Object picturesLoaded = p.evaluate("() => [...document.querySelectorAll('li.exercise img.figure.moving')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");
            assertThat(picturesLoaded).isEqualTo(true);
            p.locator(".timer .start").first().click();
            assertThat(p.locator(".timer .pause").first()).isVisible();
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("kept-plan-offline.png")));

            p.navigate(plan("painLevel=5"));
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are offline"))).isVisible();

            p.navigate(plan);
            p.locator("#forget-plan").click();
            assertThat(p.locator("#keep-status")).containsText("Forgotten");
            p.reload();
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are offline"))).isVisible();
            c.setOffline(false);
        }
    }

    @Test
    void theManifestAndItsIconsLetPeopleAddTheAppToAHomeScreen() throws Exception {
        com.microsoft.playwright.APIResponse manifest = page.request().get(url("/manifest.webmanifest"));
        assertThat(manifest.status()).isEqualTo(200);
        String body = manifest.text();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        org.assertj.core.api.Assertions.assertThat(json.get("start_url").asText()).isEqualTo("/");
        org.assertj.core.api.Assertions.assertThat(json.get("display").asText()).isEqualTo("standalone");
        org.assertj.core.api.Assertions.assertThat(body).contains("icon-192.png").contains("icon-512.png");
        for (String icon : List.of("/static/icon.svg", "/static/icon-192.png", "/static/icon-512.png")) {
            org.assertj.core.api.Assertions.assertThat(page.request().get(url(icon)).status()).as(icon).isEqualTo(200);
        }
        page.navigate(url("/"));
        org.assertj.core.api.Assertions.assertThat(page.locator("link[rel=manifest]").getAttribute("href")).isEqualTo("/manifest.webmanifest?lang=en");
    }

    static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The pages both audits score, each answered 200 (the check-in form is part of both plans). */
    private static Map<String, String> auditedPages() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("questionnaire", "/");
        pages.put("plan", Links.answered("/plan?painLevel=4&conditions=HYPERLORDOSIS&equipment=CHAIR"));
        pages.put("referral", Links.answered("/plan?painLevel=6&redFlags=SADDLE_NUMBNESS"));
        pages.put("plan after a check-in", Links.answered("/plan?painLevel=4&ci=1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:E~side-decompression::1:R"));
        pages.put("plan with warnings and a note", Links.answered("/plan?painLevel=4&legSymptoms=ONE_LEG&conditions=PREGNANCY&pregnancyWeeks=26"
                + "&equipment=LUMBAR_BELT"));
        return inBothLanguages(pages);
    }

    /** Each page, and the same page in Spanish. */
    private static Map<String, String> inBothLanguages(Map<String, String> pages) {
        Map<String, String> both = new java.util.LinkedHashMap<>(pages);
        pages.forEach((name, path) -> both.put(name + " (es)", path + (path.contains("?") ? "&" : "?") + "lang=es"));
        return both;
    }

    @Test
    void axeFindsNoWcag22AOrAAViolationOnAnyPageAtPhoneOrDesktopWidth() throws Exception {
        Map<String, String> pages = auditedPages();
        pages.putAll(inBothLanguages(Map.of(
                "check-in form with a mistake", Links.answered("/plan?painLevel=4&nEx0=knees-to-chest::1&nRate0=JUST_RIGHT&nPain=3"),
                "error page", "/plan?painLevel=high&conditions=KNEE")));
        StringBuilder report = new StringBuilder("axe-core " + WCAG_22_A_AA + "\n");
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {375, 1024}) {
            try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
                Page p = watch(c.newPage());
                for (var entry : pages.entrySet()) {
                    p.navigate(url(entry.getValue()));
                    com.deque.html.axecore.results.AxeResults results = new com.deque.html.axecore.playwright.AxeBuilder(p)
                            .withTags(WCAG_22_A_AA).analyze();
                    report.append(String.format("%-36s %5d px: %d rules passed, %d violations%n", entry.getKey(), width,
                            results.getPasses().size(), results.getViolations().size()));
                    results.getViolations().forEach(v -> violations.add(entry.getKey() + " at " + width + " px: " + v.getId() + " ("
                            + v.getHelp() + ") on " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
                }
            }
        }
        Files.writeString(SCREENSHOTS.resolve("axe-report.txt"), report + String.join("\n", violations));
        System.out.print(report);
        assertThat(violations).as("WCAG 2.2 A and AA violations").isEmpty();
    }

    @Test
    void theEndOfAHoldSoundsAndVibratesUnlessMutedAndTheScreenStaysAwake() {
        page.addInitScript("window.__calls = [];"
                + "navigator.vibrate = p => { window.__calls.push('vibrate'); return true; };"
                + "Object.defineProperty(navigator, 'wakeLock', {value: {request: t => { window.__calls.push('wakeLock:' + t);"
                + "  return Promise.resolve({release: () => { window.__calls.push('released'); return Promise.resolve(); }, addEventListener: () => {}}); }}});"
                + "const Real = window.AudioContext; window.AudioContext = function () { window.__calls.push('sound'); return new Real(); };");
        page.clock().install();
        page.navigate(plan("painLevel=3&maxExercises=1"));
        Locator first = page.locator("li.exercise").first();
        assertThat(page.locator("#mute")).hasText("Sound is on");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        page.clock().runFor(33_000);
        assertThat(first.locator(".timer")).hasAttribute("data-signals", "1");
        assertThat(page.evaluate("() => window.__calls.join(',')").toString()).contains("wakeLock:screen").contains("vibrate").contains("sound");

        page.locator("#mute").click();
        assertThat(page.locator("#mute")).hasAttribute("aria-pressed", "true");
        page.reload();
        assertThat(page.locator("#mute")).hasText("Sound is off");
        assertThat(page.evaluate("() => localStorage.getItem('decompress.muted')")).isEqualTo("yes");
        page.locator("li.exercise").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the timer")).click();
        page.clock().runFor(33_000);
        assertThat(page.evaluate("() => window.__calls.join(',')").toString()).contains("vibrate").doesNotContain("sound");
    }

    /**
     * Lighthouse (npm, run with npx against Debian's Chromium, offline once installed) on mobile:
     * the scores go to the test output and target/screenshots/lighthouse-report.txt. Accessibility
     * and best practices must be 100; performance is reported against its target (95), not
     * asserted: it is a timing on a shared machine, which belongs in benchmarks. The error page and
     * the check-in form with a mistake are audited by axe only: Lighthouse refuses a page answered
     * with a 4xx status (ERRORED_DOCUMENT_REQUEST); the check-in form is part of the plan pages.
     */
    @Test
    void lighthouseScoresOnMobile() throws Exception {
        Map<String, String> pages = auditedPages();
        Path out = Path.of("target", "lighthouse");
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder("Lighthouse 12.8.2, mobile (targets: accessibility 100, best practices 100, performance 95)\n");
        List<String> below = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (var entry : pages.entrySet()) {
            Path result = out.resolve(entry.getKey().replaceAll("[^a-z0-9]+", "-") + ".json");
            ProcessBuilder run = new ProcessBuilder("npx", "--yes", "lighthouse@12.8.2", url(entry.getValue()), "--output=json",
                    "--output-path=" + result, "--only-categories=accessibility,best-practices,performance", "--form-factor=mobile",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu", "--quiet")
                    .redirectErrorStream(true).redirectOutput(out.resolve("npx.log").toFile());
            run.environment().put("CHROME_PATH", CHROMIUM.toString());
            Process lighthouse = run.start();
            // About 30 s a page on a quiet machine; over 4 minutes was measured on a busy shared one.
            boolean ended = lighthouse.waitFor(8, java.util.concurrent.TimeUnit.MINUTES);
            if (!ended) {
                lighthouse.destroyForcibly();
            }
            assertThat(ended && lighthouse.exitValue() == 0).as("lighthouse ran for " + entry.getKey() + ": see " + out.resolve("npx.log")).isTrue();
            var categories = json.readTree(result.toFile()).get("categories");
            int performance = (int) Math.round(categories.get("performance").get("score").asDouble() * 100);
            int accessibility = (int) Math.round(categories.get("accessibility").get("score").asDouble() * 100);
            int practices = (int) Math.round(categories.get("best-practices").get("score").asDouble() * 100);
            report.append(String.format("%-36s accessibility %3d, best practices %3d, performance %3d%s%n", entry.getKey(),
                    accessibility, practices, performance, performance < 95 ? " (below the target of 95)" : ""));
            if (accessibility < 100 || practices < 100) {
                below.add(entry.getKey() + ": accessibility " + accessibility + ", best practices " + practices);
            }
        }
        Files.writeString(SCREENSHOTS.resolve("lighthouse-report.txt"), report);
        System.out.print(report);
        assertThat(below).as("Lighthouse accessibility and best practices below 100").isEmpty();
    }
}
