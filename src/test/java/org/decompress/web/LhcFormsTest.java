package org.decompress.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decompress.fhir.Fhir;
import org.decompress.fhir.FhirCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real FHIR client fills in the intake: the US National Library of Medicine's LHC-Forms (npm lforms
 * 40.1.3, taken with npm pack at test time), on a page served apart from the service (it needs inline
 * styles the service's CSP refuses). It renders /fhir/Questionnaire/decompress-intake, a person clicks
 * and types, LForms gives the QuestionnaireResponse, and $plan answers with the same exercises in the
 * same order as POST /api/plans for the same answers (or the same referral). The responses pass HAPI's
 * validator. Screenshot: target/screenshots/lhc-forms.png.
 */
@QuarkusTest
class LhcFormsTest extends ChromiumPages {

    static final String LFORMS = "lforms@40.1.3";
    static final Path PACKAGE = Path.of("target", "lforms");
    static final ObjectMapper JSON = new ObjectMapper();
    static HttpServer clientPages;

    /** Takes LHC-Forms from the npm registry once, and serves it with a page that shows one form. */
    @BeforeAll
    static void serveLhcForms() throws Exception {
        Path dist = PACKAGE.resolve("package/dist/lforms");
        if (!Files.isDirectory(dist)) {
            Files.createDirectories(PACKAGE);
            run(List.of("npm", "pack", LFORMS, "--pack-destination", PACKAGE.toString()), Path.of("."));
            run(List.of("tar", "-xzf", "lforms-40.1.3.tgz"), PACKAGE);
        }
        clientPages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        clientPages.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/")) {
                body = """
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A FHIR form</title>
                        <link rel="stylesheet" href="/lforms/webcomponent/styles.css">
                        <script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
                        <script src="/lforms/webcomponent/lhc-forms.js" defer></script>
                        <script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script>
                        </head><body><main><h1>A patient portal's form</h1><div id="formContainer"></div></main></body></html>
                        """.getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            } else {
                Path file = dist.resolve(path.substring("/lforms/".length())).normalize();
                if (!path.startsWith("/lforms/") || !file.startsWith(dist) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                body = Files.readAllBytes(file);
                type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "application/octet-stream";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        clientPages.start();
    }

    @AfterAll
    static void stopServing() {
        if (clientPages != null) {
            clientPages.stop(0);
        }
    }

    /** One person's visit: the form as LForms renders it, filled in by hand, and its response. */
    record Filled(JsonNode response, String plan) {
    }

    @Test
    void aShoulderAndAnArchedBackGiveTheSamePlanThroughTheFhirFormAsThroughTheApi() throws Exception {
        Filled filled = fill("en", p -> {
            tick(p, "redFlags", "None of these");
            type(p, "painLevel", "4");
            choose(p, "legSymptoms", "No");
            tick(p, "conditions", "A shoulder problem");
            tick(p, "conditions", "A strongly arched lower back (hyperlordosis)");
            answer(p, "canGetOnFloor", true);
            tick(p, "equipment", "A steady chair");
        }, true);

        assertThat(filled.response().toString()).contains("\"code\":\"SHOULDER\"").contains("\"code\":\"HYPERLORDOSIS\"")
                .contains("\"code\":\"CHAIR\"").contains("{\"valueInteger\":4}").contains("{\"valueBoolean\":true}");
        assertSamePlan(filled, "{\"painLevel\": 4, \"conditions\": [\"SHOULDER\", \"HYPERLORDOSIS\"], \"canGetOnFloor\": true, \"equipment\": [\"CHAIR\"]}");
    }

    @Test
    void aRedFlagGivesTheSameReferralAsTheApi() throws Exception {
        Filled filled = fill("en", p -> {
            tick(p, "redFlags", "New trouble passing or holding urine or stools");
            type(p, "painLevel", "6");
            choose(p, "legSymptoms", "No");
            tick(p, "conditions", "None of these");
            answer(p, "canGetOnFloor", true);
        }, false);

        JsonNode resource = JSON.readTree(filled.plan()).at("/entry/0/resource");
        assertThat(resource.get("resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(resource.get("priority").asText()).isEqualTo("stat");
        JsonNode api = JSON.readTree(given().contentType("application/json").body("{\"painLevel\": 6, \"redFlags\": [\"BLADDER_BOWEL_CHANGE\"]}")
                .post("/api/plans").then().statusCode(200).extract().asString());
        assertThat(api.at("/referral/urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(resource.at("/reasonCode/1/coding/0/display").asText()).isEqualTo(api.at("/referral/reasons/0/rule").asText());
    }

    @Test
    void aQuestionHiddenByEnableWhenAppearsWhenItsAnswerIsGivenAndCounts() throws Exception {
        Filled filled = fill("es", p -> {
            tick(p, "redFlags", "Ninguna de estas");
            type(p, "painLevel", "3");
            choose(p, "legSymptoms", "No");
            answer(p, "canGetOnFloor", true);
            assertThat(p.locator("[id='pregnancyWeeks/1/1']")).hasCount(0);
            tick(p, "conditions", "Embarazo");
            assertThat(p.locator("[id='pregnancyWeeks/1/1']")).isVisible();
            type(p, "pregnancyWeeks", "26");
            tick(p, "conditions", "Presión arterial alta");
            choose(p, "bloodPressureControlled", "Sí");
            answer(p, "doctorClearedExercise", true);
        }, false);

        assertThat(filled.response().toString()).contains("\"linkId\":\"pregnancyWeeks\",\"text\"").contains("{\"valueInteger\":26}");
        assertSamePlan(filled, "{\"painLevel\": 3, \"conditions\": [\"HIGH_BLOOD_PRESSURE\", \"PREGNANCY\"], \"pregnancyWeeks\": 26, "
                + "\"bloodPressureControlled\": \"YES\", \"doctorClearedExercise\": true}");
    }

    private void assertSamePlan(Filled filled, String answers) throws Exception {
        JsonNode bundle = JSON.readTree(filled.plan());
        JsonNode api = JSON.readTree(given().contentType("application/json").body(answers).post("/api/plans").then().statusCode(200)
                .extract().asString());
        List<String> expected = new ArrayList<>();
        api.get("exercises").forEach(e -> {
            expected.add(e.get("id").asText());
            if (e.hasNonNull("cooldown")) {
                expected.add(e.at("/cooldown/id").asText());
            }
        });
        List<String> planned = new ArrayList<>();
        bundle.at("/entry/0/resource/activity").forEach(a -> {
            if (!a.at("/detail/doNotPerform").asBoolean(false)) {
                planned.add(a.at("/detail/code/coding/0/code").asText());
            }
        });
        assertThat(bundle.at("/entry/0/resource/resourceType").asText()).isEqualTo(api.get("status").asText().equals("PLAN") ? "CarePlan" : "ServiceRequest");
        assertThat(planned).as("the CarePlan's exercises and cooldowns, in order").isEqualTo(expected).isNotEmpty();
    }

    /** Renders the intake in {@code language} in LHC-Forms, lets {@code person} fill it in, and posts LForms' response to $plan. */
    private Filled fill(String language, java.util.function.Consumer<Page> person, boolean screenshot) throws Exception {
        // The form in the person's language: its own id and canonical URL (the English one names it in a Link header).
        String id = given().get("/fhir/Questionnaire/decompress-intake").then().statusCode(200).extract().headers().getValues("Link").stream()
                .filter(link -> link.contains("hreflang=\"" + language + "\"")).map(link -> link.replaceAll("^<.*/Questionnaire/([^>]+)>.*$", "$1"))
                .findFirst().orElse("decompress-intake");
        String questionnaire = given().get("/fhir/Questionnaire/" + id).then().statusCode(200).header("Content-Language", language)
                .extract().asString();
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 1400).setLocale(language))) {
            Page p = c.newPage();
            p.navigate("http://127.0.0.1:" + clientPages.getAddress().getPort() + "/");
            p.waitForFunction("() => window.LForms && LForms.Util");
            p.evaluate("q => LForms.Util.addFormToPage(JSON.parse(q), 'formContainer', {fhirVersion: 'R4'})", questionnaire);
            assertThat(p.locator("[id='painLevel/1/1']")).isVisible();
            person.accept(p);
            if (screenshot) {
                p.waitForTimeout(300);
                p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("lhc-forms.png")).setFullPage(true));
            }
            Object problems = p.evaluate("() => LForms.Util.checkValidity(document.getElementById('formContainer'))");
            assertThat(problems).as("LForms finds the form complete").isNull();
            String response = (String) p.evaluate(
                    "() => JSON.stringify(LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('formContainer')))");
            ObjectNode completed = (ObjectNode) JSON.readTree(response);
            completed.remove("meta");
            completed.put("status", "completed");
            assertThat(completed.get("questionnaire").asText()).startsWith("https://decompress.example.org/fhir/Questionnaire/" + id + "|");
            assertThat(FhirCheck.ofService(language).errors(completed.toString())).as("LForms' response passes HAPI's validator").isEmpty();
            String plan = given().header("Accept-Language", language).contentType(Fhir.JSON).body(completed.toString())
                    .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).extract().asString();
            assertThat(FhirCheck.ofService(language).errors(plan)).isEmpty();
            return new Filled(completed, plan);
        }
    }

    /** Ticks an option of a check-box question by its words (or, with no words, only scrolls to it). */
    private static void tick(Page p, String question, String option) {
        Locator item = p.locator("[id='item-" + question + "/1/1']");
        item.scrollIntoViewIfNeeded();
        if (option != null) {
            item.locator("label.ant-checkbox-wrapper", new Locator.LocatorOptions().setHasText(option)).first().click();
        }
    }

    /** Chooses the answer of a radio-button question (or a yes/no one) by its words. */
    private static void choose(Page p, String question, String answer) {
        p.locator("[id='item-" + question + "/1/1'] label.ant-radio-wrapper", new Page.LocatorOptions().setHasText(answer)).first().click();
    }

    /** Answers a yes-or-no question (LForms shows its own words for yes and no). */
    private static void answer(Page p, String question, boolean yes) {
        p.locator("[id='" + question + "/1/1|" + yes + "']").click();
    }

    /** Types a number, as a person does, into a number field. */
    private static void type(Page p, String question, String value) {
        Locator field = p.locator("[id='" + question + "/1/1']");
        field.click();
        field.pressSequentially(value);
        field.press("Tab");
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(PACKAGE.resolve("npm.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + PACKAGE.resolve("npm.log"));
        }
    }
}
