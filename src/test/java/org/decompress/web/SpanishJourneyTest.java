package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Spanish-speaking person's whole course in a real browser, with JavaScript on and off: a browser
 * that asks for Spanish gets the questionnaire in Spanish, then the plan, the guided timer, a
 * check-in and the plan after it, all in Spanish and with the language in every link; the switch
 * keeps answers and check-ins; a kept plan reopens offline in Spanish. Screenshots:
 * target/screenshots/es-*.png.
 */
@QuarkusTest
class SpanishJourneyTest extends ChromiumPages {

    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    /** A browser whose person reads Spanish (Accept-Language: es-ES). */
    private BrowserContext spanishBrowser(boolean javaScript, int width) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("es-ES").setJavaScriptEnabled(javaScript).setViewportSize(width, 900));
    }

    private static void answerShoulderAndArchedBack(Page p) {
        p.getByLabel("Un problema de hombro").check();
        p.getByLabel("Una zona lumbar muy arqueada (hiperlordosis)").check();
        p.locator("input[name=painLevel][value='3']").check();
        p.getByLabel("Dos sillas resistentes o un mostrador de cocina").check();
        p.getByLabel("Una silla estable").check();
        answerTheSafetyQuestions(p);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver mi plan")).click();
        p.waitForURL(Pattern.compile(".*/plan\\?.*lang=es.*"));
    }

    @Test
    void theWholeCourseInSpanishWithAndWithoutJavaScript() {
        for (boolean javaScript : new boolean[] {true, false}) {
            String with = javaScript ? "" : "-no-js";
            try (BrowserContext c = spanishBrowser(javaScript, 1024)) {
                Page p = watch(c.newPage());
                p.navigate(url("/"));
                assertThat(p.locator("html")).hasAttribute("lang", "es");
                assertThat(p.locator("h1")).hasText("Relaje en casa una zona lumbar tensa");
                p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-questionnaire" + with + ".png")).setFullPage(true));

                answerShoulderAndArchedBack(p);
                assertThat(p.locator("html")).hasAttribute("lang", "es");
                assertThat(p.locator("h1")).hasText("Su plan");
                assertThat(p).hasTitle("Su plan: Decompress");
                Locator exercises = p.locator("li.exercise");
                assertThat(exercises).not().hasCount(0);
                for (int i = 0; i < exercises.count(); i++) {
                    assertThat(exercises.nth(i).locator("section.cooldown h3")).containsText("Después, la vuelta a la calma");
                    assertThat(exercises.nth(i).locator("section.cooldown")).containsText("30 repeticiones lentas");
                }
                assertThat(p.locator("li.exercise .step").first()).containsText("Nivel 1: un estiramiento suave");
                assertThat(p.locator(".disclaimers li")).hasCount(5);
                assertThat(p.locator(".disclaimers li").first()).containsText("no consejo médico");
                p.locator("details.excluded summary").click();
                assertThat(p.locator("#excluded-bar-hang")).containsText("Regla: Problema de hombro, cuello o brazo: nada que cargue los brazos");
                assertThat(p.locator("#share-link")).hasAttribute("href", Pattern.compile("/plan\\?.*&lang=es$"));
                assertThat(p.locator("li.exercise img.figure.moving").first()).hasAttribute("alt", Pattern.compile(".*La zona lumbar está marcada.*"));
                if (javaScript) {
                    p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-plan.png")).setFullPage(true));
                } else {
                    assertThat(p.locator(".timer").first()).isHidden();
                }

                checkIn(p, CheckInForm.SPANISH, "Adecuado", "2", "Mejor");
                assertThat(p).hasURL(Pattern.compile(".*lang=es.*"));
                assertThat(p.locator("html")).hasAttribute("lang", "es");
                assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Desde que empezó"))).isVisible();
                assertThat(p.locator(".pain-chart figcaption")).hasText("Dolor de espalda a lo largo del tiempo. inicio: 3 sobre 10; semana 1: 2 sobre 10.");
                assertThat(p.locator("li.exercise .change").first()).hasText("Mismo nivel");

                checkIn(p, CheckInForm.SPANISH, "Demasiado fácil", "2", "Mejor");
                assertThat(p.locator("li.exercise .change").first()).hasText("Sube un nivel");
                assertThat(p.locator("li.exercise .step").first()).containsText("Nivel 2: un estiramiento firme pero cómodo");
                p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-plan-after-two-check-ins" + with + ".png")).setFullPage(true));
            }
        }
    }

    @Test
    void theGuidedTimerSpeaksSpanish() {
        try (BrowserContext c = spanishBrowser(true, 1024)) {
            Page p = watch(c.newPage());
            p.clock().install();
            p.navigate(plan("painLevel=3&maxExercises=2&lang=es"));
            Locator first = p.locator("li.exercise").first();
            Locator clock = first.locator(".timer .clock");
            assertThat(clock).hasText("Mantener: 0:30");
            assertThat(p.locator("#mute")).hasText("Sonido activado");

            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Iniciar el temporizador")).click();
            assertThat(clock).hasText("Prepárese: 0:03");
            p.clock().runFor(3_000);
            assertThat(clock).hasText("Mantener: 0:30");
            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pausa")).click();
            p.locator("li.exercise").first().screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-timer.png")));
            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continuar")).click();
            p.clock().runFor(31_000);
            assertThat(clock).containsText("Ahora, la vuelta a la calma");
            Locator rep = first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Contar una repetición"));
            for (int i = 0; i < 30; i++) {
                rep.click();
            }
            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ir al siguiente ejercicio")).click();
            assertThat(p.locator("li.exercise").nth(1)).hasClass(Pattern.compile(".*active.*"));
        }
    }

    @Test
    void theSwitchChangesTheLanguageAndKeepsTheAnswersAndTheCheckIns() {
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page p = watch(c.newPage());
            p.navigate(url("/"));
            assertThat(p.locator("html")).hasAttribute("lang", "en");
            p.getByLabel("A knee problem, or you cannot kneel").check();
            p.locator("input[name=painLevel][value='5']").check();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();

            assertThat(p.locator("html")).hasAttribute("lang", "es");
            assertThat(p.getByLabel("Un problema de rodilla, o no puede arrodillarse")).isChecked();
            assertThat(p.locator("input[name=painLevel][value='5']")).isChecked();
            answerTheSafetyQuestions(p);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver mi plan")).click();
            p.waitForURL(Pattern.compile(".*/plan\\?.*lang=es.*"));
            checkIn(p, CheckInForm.SPANISH, "Adecuado", "4", "Igual");
            String spanishPlan = p.url();

            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(p.locator("html")).hasAttribute("lang", "en");
            assertThat(p.locator("h1")).hasText("Your plan");
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Since you started"))).isVisible();
            assertThat(p.url()).isEqualTo(spanishPlan.replace("lang=es", "lang=en"));
        }
    }

    @Test
    void aKeptPlanReopensOfflineInSpanishAndOneNotKeptSaysSoInSpanish() {
        try (BrowserContext c = spanishBrowser(true, 1024)) {
            Page p = watch(c.newPage());
            String plan = plan("painLevel=3&maxExercises=2&lang=es");
            p.navigate(plan);
            p.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar este plan en este dispositivo")).click();
            assertThat(p.locator("#keep-status")).containsText("Guardado en este dispositivo");

            c.setOffline(true);
            p.reload();
            assertThat(p.locator("html")).hasAttribute("lang", "es");
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Su plan"))).isVisible();
            assertThat(p.locator("li.exercise img.figure.moving").first()).hasJSProperty("complete", true);
            Object drawn = p.locator("li.exercise img.figure.moving").first().evaluate("img => img.naturalWidth > 0");
            assertThat(drawn).as("the picture comes from the cache").isEqualTo(true);

            p.navigate(plan("painLevel=5&maxExercises=1&lang=es"));
            assertThat(p.locator("html")).hasAttribute("lang", "es");
            assertThat(p.locator("h1")).hasText("Está sin conexión");
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-offline.png")).setFullPage(true));
        }
    }

    @Test
    void aRedFlagReachesTheReferralInSpanish() {
        try (BrowserContext c = spanishBrowser(true, 375)) {
            Page p = watch(c.newPage());
            p.navigate(url("/"));
            p.getByLabel("Dificultad nueva para orinar o defecar, o para contener la orina o las heces").check();
            p.locator("input[name=painLevel][value='6']").check();
            answerTheSafetyQuestions(p);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver mi plan")).click();
            assertThat(p.locator("h1")).hasText("Busque ayuda médica ahora");
            assertThat(p.locator(".reasons")).containsText("Regla: Señal de alarma: problemas nuevos para orinar o defecar");
            assertThat(p.locator("li.exercise")).hasCount(0);
            assertThat(p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")).as("fits a 375 px phone").isEqualTo(false);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("es-referral-phone.png")).setFullPage(true));
        }
    }
}
