package org.decompress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests share: one Chromium for the class ({@link Chromium}), the service's address,
 * and a watch on every page for CSP refusals and script errors, which fail the test.
 */
abstract class ChromiumPages {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    final List<String> consoleErrors = new ArrayList<>();

    /** The words of the check-in form a test fills in, in the language of the page. */
    record CheckInForm(String painNow, String sessions, String no, String submit) {
        static final CheckInForm ENGLISH = new CheckInForm("Back pain now, 0 to 10", "Sessions a week", "No", "Get my next plan");
        static final CheckInForm SPANISH = new CheckInForm("Dolor de espalda ahora, de 0 a 10", "Sesiones por semana", "No", "Ver mi próximo plan");
    }

    @BeforeAll
    static void launchChromium() throws Exception {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
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

    @AfterEach
    void noScriptErrors() {
        assertThat(consoleErrors).as("CSP refusals and script errors").isEmpty();
    }

    Page watch(Page p) {
        p.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && (m.text().contains("Content Security Policy") || m.text().contains("Refused"))) {
                consoleErrors.add(m.text());
            }
        });
        p.onPageError(error -> consoleErrors.add("script error: " + error));
        return p;
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /**
     * Answers the safety questions a test leaves alone as a person with none of their signs would: "None
     * of these" for the red flags and the conditions, no leg symptoms, able to get down to the floor. The
     * page pre-fills none of them, so a form sent without them comes back asking.
     */
    static void answerTheSafetyQuestions(Page p) {
        for (String[] safety : new String[][] {{"redFlags", "NONE"}, {"conditions", "NONE"}, {"legSymptoms", "NONE"}, {"canGetOnFloor", "true"}}) {
            if (p.locator("#q-" + safety[0] + " input:checked").count() == 0) {
                p.locator("#q-" + safety[0] + " input[value='" + safety[1] + "']").check();
            }
        }
    }

    /** The plan page for these answers, with the safety answers the page always asks (see {@link Links#answered}). */
    String plan(String query) {
        return url(Links.answered("/plan?" + query));
    }

    /** Answers the check-in for every exercise with one rating, and the rest of the form, then sends it. */
    static void checkIn(Page p, CheckInForm form, String rating, String pain, String overall) {
        Locator exercises = p.locator("fieldset.rating");
        for (int i = 0; i < exercises.count(); i++) {
            exercises.nth(i).getByLabel(rating).check();
        }
        p.getByLabel(form.painNow()).fill(pain);
        p.getByLabel(form.sessions()).fill("4");
        p.locator("fieldset.yesno").nth(0).getByLabel(form.no()).check();
        p.locator("fieldset.yesno").nth(1).getByLabel(form.no()).check();
        p.locator("fieldset.overall").getByLabel(overall).check();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(form.submit())).click();
        p.waitForURL(Pattern.compile(".*/plan\\?.*ci=.*"));
    }
}
