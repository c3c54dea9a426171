package org.decompress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.plan.GoldenPlans;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaires;
import org.junit.jupiter.api.Test;

/**
 * How long a plan is on a 390 × 844 phone, before any control is opened, and on paper: for the three
 * people the pages were tried with (and the "How did it go?" form under it), and printed for a sample of the golden answer sets. The figures
 * go to target/screenshots/plan-length.txt (written before the bounds are checked, so that a plan
 * that grew says by how much).
 */
@QuarkusTest
class PlanLengthTest extends ChromiumPages {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    /** Every this many golden plans (referrals left out) one is printed: 32 plans of 1 to 3 exercises. */
    static final int SAMPLE_EVERY = 150;
    /**
     * The target for a 3-exercise plan is 4 phone screens, with the pictures full width and every step,
     * caution and warning sign shown or one tap away (a long warning shows its key signs, the whole of it folded
     * under them). The bound is the target itself: the longest of the three people (30 weeks pregnant and pain
     * into one leg, both in Spanish) are just under it.
     */
    static final double MOST_SCREENS_NOW = 4.0;

    /** The three people: an office worker with an arched back and a stiff neck; 30 weeks pregnant; pain into one leg. */
    static final Map<String, String> PEOPLE = Map.of(
            "office worker, arched back, stiff neck", "/plan?painLevel=4&conditions=HYPERLORDOSIS&conditions=NECK&sitsForLongPeriods=true&equipment=CHAIR",
            "30 weeks pregnant", "/plan?painLevel=4&age=31&conditions=PREGNANCY&pregnancyWeeks=30",
            "pain into one leg", "/plan?painLevel=4&legSymptoms=ONE_LEG");

    @Inject
    ObjectMapper json;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Languages languages;

    /** What one plan measures on a phone. */
    record Length(int exercises, double firstExerciseTitleBottom, double planScreens, double checkInScreens, double pageScreens, int words) {
        String line() {
            return String.format("%d exercises; first exercise's title ends at %.0f px (screen %d px); plan %.1f phone screens"
                    + " (%d words shown), check-in form %.1f, whole page %.1f", exercises, firstExerciseTitleBottom, PHONE_HEIGHT,
                    planScreens, words, checkInScreens, pageScreens);
        }
    }

    @Test
    void aPlanFitsAFewPhoneScreensAndTwoPrintedPages() throws Exception {
        StringBuilder report = new StringBuilder("Plan length on a " + PHONE_WIDTH + " x " + PHONE_HEIGHT
                + " phone, nothing opened (a phone screen is " + PHONE_HEIGHT + " px), and printed on A4\n");
        List<String> problems = new ArrayList<>();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page p = watch(phone.newPage());
            for (String person : new java.util.TreeMap<>(PEOPLE).keySet()) {
                for (String lang : List.of("en", "es")) {
                    p.navigate(url(Links.answered(PEOPLE.get(person)) + "&lang=" + lang));
                    Length length = measure(p);
                    int pages = printedPages(p);
                    report.append(String.format("%-40s %s: %s; printed %d pages%n", person, lang, length.line(), pages));
                    if (length.firstExerciseTitleBottom() > PHONE_HEIGHT) {
                        problems.add(person + " (" + lang + "): the first exercise starts below the first phone screen");
                    }
                    if (length.planScreens() > MOST_SCREENS_NOW) {
                        problems.add(person + " (" + lang + "): " + length.planScreens() + " phone screens");
                    }
                    if (pages > 2) {
                        problems.add(person + " (" + lang + "): printed on " + pages + " pages");
                    }
                    if (length.checkInScreens() > 2) {
                        problems.add(person + " (" + lang + "): the check-in form is " + length.checkInScreens() + " phone screens");
                    }
                }
            }
            for (String lang : List.of("en", "es")) {
                p.navigate(url(Links.answered(PEOPLE.get("office worker, arched back, stiff neck")) + "&lang=" + lang));
                p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("plan-first-screen-phone-" + lang + ".png")));
                p.locator("section.checkin").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("checkin-form-phone-" + lang + ".png")));
            }
        }

        // Printed, a sample of the golden answer sets (the plans among them), in English and Spanish by turns.
        List<String[]> cases = GoldenPlans.accepted();
        cases.removeIf(c -> !c[1].startsWith("{\"status\":\"PLAN\""));
        int printed = 0;
        int most = 0;
        for (int i = 0; i < cases.size(); i += SAMPLE_EVERY) {
            Language language = languages.find(printed % 2 == 0 ? "en" : "es").orElseThrow();
            Answers answers = json.readValue(cases.get(i)[0], Answers.class);
            String link = PlanLink.of(answers, questionnaires.in(language), json, language);
            if (answers.painIntoLeg() != null && answers.legSymptoms() == null) {
                // A version 1 answer, which the questionnaire asks as the leg question: into a leg is one leg to the rules.
                link += "&legSymptoms=" + (answers.painIntoLeg() ? "ONE_LEG" : "NONE");
            }
            com.microsoft.playwright.Response response = page.navigate(url(Links.answered(link)));
            if (response.status() != 200 || page.locator("li.exercise").count() == 0) {
                problems.add("golden plan " + (i + 1) + ": no plan at " + link + " (" + response.status() + ")");
                continue;
            }
            int pages = printedPages(page);
            most = Math.max(most, pages);
            printed++;
            if (pages > 2) {
                problems.add("golden plan " + (i + 1) + " (" + language.tag() + "): printed on " + pages + " pages");
            }
        }
        report.append(String.format("golden sample: %d plans printed (every %dth plan of the fixture, English and Spanish by turns),"
                + " the longest on %d pages%n", printed, SAMPLE_EVERY, most));
        report.append("targets: a 3-exercise plan in 4 phone screens; the first exercise on the first screen;"
                + " the check-in form in at most 2 phone screens; printed on at most 2 pages\n");
        Files.writeString(Chromium.SCREENSHOTS.resolve("plan-length.txt"), report);
        System.out.print(report);
        assertThat(printed).as("plans printed from the golden sample").isGreaterThan(10);
        assertThat(problems).as("plans longer than the targets").isEmpty();
    }

    Page page;

    @org.junit.jupiter.api.BeforeEach
    void desktop() {
        page = watch(browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900)).newPage());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        page.context().close();
    }

    private static Length measure(Page p) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) p.evaluate("() => {"
                + " const top = el => el ? el.getBoundingClientRect().top + scrollY : 0;"
                + " const bottom = el => el ? el.getBoundingClientRect().bottom + scrollY : 0;"
                + " const first = document.querySelector('li.exercise h2');"
                + " const end = document.getElementById('plan-end');"
                + " const checkIn = document.querySelector('section.checkin');"
                + " const shown = [...document.querySelector('main').children].filter(c => !c.matches('section.checkin'))"
                + "   .map(c => c.innerText).join(' ');"
                + " return {exercises: document.querySelectorAll('li.exercise').length, first: bottom(first), end: bottom(end),"
                + "   checkIn: checkIn ? checkIn.getBoundingClientRect().height : 0, page: document.documentElement.scrollHeight,"
                + "   words: shown.split(/\\s+/).filter(w => w.length > 0).length}; }");
        return new Length(((Number) m.get("exercises")).intValue(), ((Number) m.get("first")).doubleValue(),
                ((Number) m.get("end")).doubleValue() / PHONE_HEIGHT, ((Number) m.get("checkIn")).doubleValue() / PHONE_HEIGHT,
                ((Number) m.get("page")).doubleValue() / PHONE_HEIGHT, ((Number) m.get("words")).intValue());
    }

    /** The page printed on A4 as a browser prints it (the print stylesheet), counted in pages. */
    static int printedPages(Page p) {
        byte[] pdf = p.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
        return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
    }
}
