package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.decompress.language.PseudoLanguage;
import org.junit.jupiter.api.Test;

/**
 * Every page in the pseudo-language en-XA ({@link PseudoLanguage}), in a real browser with and
 * without JavaScript: every text node, every attribute a person hears or sees (alt, title,
 * aria-label, a button's value) and every word a script is given must be marked. A word written in
 * Java, a template, a rule, a script or a picture would show up unmarked. The only text allowed
 * outside the markers is in another language and says so ({@code lang}): the language switch names
 * each language in its own words.
 */
@QuarkusTest
class PseudoLanguagePagesTest extends ChromiumPages {

    static final String XA = "lang=" + PseudoLanguage.TAG;
    static final String ONE_CHECK_IN = "ci=1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:E~side-decompression::1:R";

    /** Every page a person can reach, by what it is. */
    static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("questionnaire", "/?" + XA);
        pages.put("plan", "/plan?painLevel=4&conditions=HYPERLORDOSIS&equipment=CHAIR&" + XA);
        pages.put("plan timed on each side", "/plan?painLevel=3&canGetOnFloor=false&maxExercises=1&" + XA);
        pages.put("plan with warnings, a note and a cooldown form", "/plan?painLevel=4&legSymptoms=ONE_LEG&conditions=PREGNANCY&pregnancyWeeks=26"
                + "&equipment=LUMBAR_BELT&" + XA);
        pages.put("plan with nothing safe left", "/plan?painLevel=4&canGetOnFloor=false&conditions=KNEE&conditions=SHOULDER&conditions=BALANCE&" + XA);
        pages.put("referral", "/plan?painLevel=6&redFlags=SADDLE_NUMBNESS&" + XA);
        pages.put("referral before exercise", "/plan?painLevel=4&conditions=HEART_DISEASE&heartConditionStable=NO&" + XA);
        pages.put("plan after a check-in", "/plan?painLevel=4&" + ONE_CHECK_IN + "&" + XA);
        pages.put("plan after two check-ins", "/plan?painLevel=4&" + ONE_CHECK_IN
                + "&ci=2.2.4.0.0.B.knees-to-chest::1:E~childs-pose::1:E~side-decompression::1:P&" + XA);
        pages.put("referral after a check-in", "/plan?painLevel=4&ci=1.3.4.0.1.W.knees-to-chest::1:R&" + XA);
        pages.put("plan after twelve check-ins", "/plan?painLevel=3&" + IntStream.rangeClosed(1, 12)
                .mapToObj(w -> "ci=" + w + ".3.4.0.0.S.knees-to-chest::1:R").collect(Collectors.joining("&")) + "&" + XA);
        pages.put("check-in form with a mistake", "/plan?painLevel=4&nEx0=knees-to-chest::1&nRate0=JUST_RIGHT&nPain=3&" + XA);
        pages.put("questionnaire with a mistake", "/plan?painLevel=high&conditions=KNEE&age=0&" + XA);
        pages.put("offline page", "/offline?" + XA);
        pages.put("rule book", "/rules?" + XA);
        pages.replaceAll((what, path) -> path.startsWith("/plan?") && !what.equals("questionnaire with a mistake") ? Links.answered(path) : path);
        return pages;
    }

    @Test
    void everyPageWithJavaScriptShowsOnlyMarkedWords() {
        Map<String, List<String>> escaped = new LinkedHashMap<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900))) {
            Page page = watch(context.newPage());
            for (var entry : pages().entrySet()) {
                page.navigate(url(entry.getValue()));
                assertThat(page.locator("html")).hasAttribute("lang", PseudoLanguage.TAG);
                escaped.put(entry.getKey(), unmarked(page));
                assertThat(texts(page).size()).as(entry.getKey() + ": text nodes and readable attributes seen").isGreaterThan(10);
            }
        }
        assertThat(escaped).as("words outside the markers, page by page").allSatisfy((page, words) -> assertThat(words).as(page).isEmpty());
    }

    @Test
    void everyPageWithoutJavaScriptShowsOnlyMarkedWords() {
        Map<String, List<String>> escaped = new LinkedHashMap<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = watch(context.newPage());
            for (var entry : pages().entrySet()) {
                page.navigate(url(entry.getValue()));
                escaped.put(entry.getKey(), unmarked(page));
            }
        }
        assertThat(escaped).as("words outside the markers, page by page").allSatisfy((page, words) -> assertThat(words).as(page).isEmpty());
    }

    @Test
    void whatTheScriptsSayIsMarked() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900))) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = watch(context.newPage());
            page.clock().install();
            List<String> escaped = new ArrayList<>();
            for (String plan : List.of(pages().get("plan"), pages().get("plan timed on each side"))) {
                page.navigate(url(plan));
                page.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
                Locator first = page.locator("li.exercise").first();
                first.locator(".timer .start").click();
                escaped.addAll(unmarked(page));
                page.clock().runFor(3_000);
                escaped.addAll(unmarked(page));
                first.locator(".timer .pause").click();
                escaped.addAll(unmarked(page));
                first.locator(".timer .pause").click();
                page.clock().runFor(40_000);
                escaped.addAll(unmarked(page));
                if (first.locator(".timer .start").isVisible()) {
                    first.locator(".timer .start").click();
                    page.clock().runFor(40_000);
                    escaped.addAll(unmarked(page));
                }
                page.locator("#copy-link").click();
                page.locator("#mute").click();
                page.locator("#keep-plan").click();
                assertThat(page.locator("#keep-status")).not().isEmpty();
                escaped.addAll(unmarked(page));
                page.locator("#forget-plan").click();
                escaped.addAll(unmarked(page));
            }
            for (String holder : List.of("#script-words", "#keep-tools")) {
                @SuppressWarnings("unchecked")
                Map<String, String> words = (Map<String, String>) page.locator(holder).evaluate("el => Object.assign({}, el.dataset)");
                assertThat(words).as(holder).isNotEmpty();
                words.forEach((name, text) -> {
                    if (!PseudoLanguage.unmarked(text).isEmpty()) {
                        escaped.add(holder + " data-" + name + ": " + text);
                    }
                });
            }
            assertThat(escaped).as("what the plan's scripts write, or are given to write, outside the markers").isEmpty();
        }
    }

    @Test
    void thePrintViewShowsOnlyMarkedWords() {
        try (BrowserContext context = browser.newContext()) {
            Page page = watch(context.newPage());
            page.navigate(url(pages().get("plan after two check-ins")));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            String printed = page.locator("body").innerText();
            assertThat(printed).isNotBlank();
            assertThat(PseudoLanguage.unmarked(printed)).as("the printed plan's words outside the markers").isEmpty();
        }
    }

    @Test
    void theCheckFindsAnEnglishWordWhereverItHides() {
        try (BrowserContext context = browser.newContext()) {
            Page page = watch(context.newPage());
            page.navigate(url(pages().get("plan")));
            assertThat(unmarked(page)).isEmpty();
            page.evaluate("() => { document.querySelector('h1').append(' Hello');"
                    + " document.querySelector('img').setAttribute('alt', 'A person lying down');"
                    + " document.querySelector('footer').insertAdjacentHTML('beforeend', '<p hidden>Hidden <b>words</b></p>'); }");
            assertThat(unmarked(page)).hasSize(4).anyMatch(t -> t.contains("Hello")).anyMatch(t -> t.contains("[alt]: A person lying down"))
                    .anyMatch(t -> t.contains("Hidden")).anyMatch(t -> t.equals("b: words"));
        }
    }

    /** Each text node and readable attribute of the page whose words are not all marked, with where it is. */
    private static List<String> unmarked(Page page) {
        return texts(page).stream().filter(t -> !PseudoLanguage.unmarked(t.get(1)).isEmpty())
                .map(t -> t.get(0) + ": " + t.get(1)).distinct().toList();
    }

    /** Each text node (shown or not) and readable attribute of the page outside another language's element, with where it is. */
    private static List<List<String>> texts(Page page) {
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) page.evaluate("""
                () => {
                  const lang = document.documentElement.lang;
                  const foreign = el => { const own = el.closest('[lang]'); return own && own.getAttribute('lang') !== lang; };
                  const where = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.split(' ').join('.') : '');
                  const found = [];
                  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const el = node.parentElement;
                    if (!el || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || !node.nodeValue.trim() || foreign(el)) { continue; }
                    found.push([where(el), node.nodeValue.trim()]);
                  }
                  const readable = ['alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'content'];
                  for (const el of document.querySelectorAll('*')) {
                    if (foreign(el)) { continue; }
                    for (const name of readable) {
                      // The rule book's decision table: its tooltips hold trait codes, answers as JSON and source keys, as the table writes them.
                      if (name === 'title' && el.closest('table.decision-table')) { continue; }
                      if (el.hasAttribute(name) && !(name === 'content' && el.tagName === 'META' && el.getAttribute('name') !== 'description')) {
                        found.push([where(el) + '[' + name + ']', el.getAttribute(name)]);
                      }
                    }
                    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) {
                      found.push([where(el) + '[value]', el.value]);
                    }
                  }
                  return found;
                }
                """);
        return texts;
    }
}
