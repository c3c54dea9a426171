package org.decompress.rulebook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule book as JSON and as a page, and every "Rule: ..." line of a plan leading to its entry. */
@QuarkusTest
class RuleBookResourceTest {

    static final String KNEE = "stages.find { it.name == 'exclusion' }.rules.find { it.name == 'Knee problem: no kneeling' }";
    static final String OSTEOPOROSIS = "stages.find { it.name == 'exclusion' }.rules.find { it.name == 'Osteoporosis: no deep forward bending' }";

    @Test
    void everyRuleByStageWithItsSourceConclusionWordsAndReach() {
        given().get("/api/rules").then().statusCode(200)
                .body("rules", equalTo(RuleSet.fromClasspath(getClass().getClassLoader()).rules().size()))
                .body("goldenAnswerSets", greaterThan(10_000))
                .body("countsMatchRules", equalTo(true))
                .body("stages.name", contains("reading", "screening", "follow-up", "exclusion", "preference", "candidacy", "choice", "dosing",
                        "wrapping"))
                .body(KNEE + ".sources", contains("reference-text", "consensus"))
                .body("decisions.columns.id", hasItem("knees-to-chest/one-leg"))
                .body("decisions.rows.find { it.id == 'knee' }.cells.decision", hasItem("OUT"))
                .body("decisions.sources.key", hasItem("nice-ng59"))
                .body("decisions.cells", equalTo(DecisionTable.fromClasspath(getClass().getClassLoader()).orElseThrow().rows().size() * 22))
                .body("noScenario.name", contains("No safe cooldown: see a physiotherapist"))
                .body("firesForNobody.name", hasItem("Dosing: one step up when nothing holds it back"))
                .body(KNEE + ".source", startsWith("Source:"))
                .body(KNEE + ".concludes.says", contains("rules out every exercise form that is done kneeling"))
                .body(KNEE + ".concludes[0].forms", hasItem("Child's pose"))
                .body(KNEE + ".concludes[0].forms", not(hasItem("Knees to chest")))
                .body(OSTEOPOROSIS + ".concludes[0].forms", hasItems("Knees to chest", "Child's pose"))
                .body("index.find { it.id == 'osteoporosis' }.rules.name", hasItem("Osteoporosis: no deep forward bending"))
                .body("index.find { it.id == 'knee' }.rules.anchor", hasItem("rule-knee-problem-no-kneeling"))
                .body("index.id", not(hasItem("baseline")))
                .body("index.find { it.id == 'osteoporosis' }.rules.name", not(hasItem("A chosen variant says why the plain form was ruled out")))
                .body("index.find { it.id == 'red-flag-saddle-numbness' }.rules.name", hasItem("Red flag: numbness around the groin or saddle area"))
                .body("index.find { it.id == 'red-flag-saddle-numbness' }.rules.name", not(hasItem("Referral: no exercise is considered")))
                .body(KNEE + ".says", startsWith("You told us about a knee problem"))
                .body(KNEE + ".goldenFirings", greaterThan(100))
                .body(KNEE + ".scenarios.path", hasItem("exclusions/knee-no-kneeling.json"))
                .body(KNEE + ".file", equalTo("exclusion.drl"))
                .body(KNEE + ".anchor", equalTo("rule-knee-problem-no-kneeling"));
    }

    @Test
    void thePageShowsTheFlagsFirstAndAnEntryPerRule() {
        String html = given().get("/rules").then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).contains("<html lang=\"en\">").contains("<h1>The rule book</h1>").contains("Exercised by no scenario case (1)")
                .contains("id=\"rule-knee-problem-no-kneeling\"").contains("<code lang=\"en\">rules/exclusion.drl:");
        assertThat(html.indexOf("Worth a look")).isLessThan(html.indexOf("Stage 2: screening"));
        assertThat(Pattern.compile("class=\"rule-entry\"").matcher(html).results().count())
                .isEqualTo(RuleSet.fromClasspath(getClass().getClassLoader()).rules().size());
        assertThat(html).as("the decision table, circumstances down, forms across").contains("<h2 id=\"decisions\">The decision table</h2>")
                .contains("<tr id=\"decision-hip-replacement-recent\">").contains("<th scope=\"col\" title=")
                .contains("<h2 id=\"sources\">Sources</h2>").contains("id=\"source-acog-804\"");
    }

    @Test
    void theIndexLinksEachCircumstanceToTheRulesThatDecideItAndTheCountsSayTheyAreGenerated() {
        String html = given().get("/rules").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"index\">Index by condition</h2>");
        assertThat(html.indexOf("id=\"index\"")).as("the index comes before the rules").isLessThan(html.indexOf("class=\"rule-entry\""));
        Matcher osteoporosis = Pattern.compile("<dt><a href=\"#decision-osteoporosis\">Osteoporosis</a></dt><dd>(.*?)</dd>").matcher(html);
        assertThat(osteoporosis.find()).isTrue();
        assertThat(osteoporosis.group(1)).contains("<a href=\"#rule-osteoporosis-no-deep-forward-bending\">Osteoporosis: no deep forward bending</a>");
        Matcher indexLinks = Pattern.compile("<dd>(?:(?!</dd>).)*?<a href=\"#(rule-[a-z0-9-]+)\">").matcher(html);
        while (indexLinks.find()) {
            assertThat(html).as("the index links " + indexLinks.group(1)).contains("id=\"" + indexLinks.group(1) + "\"");
        }

        assertThat(html).as("the search box, its script loaded from a file (the CSP forbids inline scripts)")
                .contains("<input type=\"search\" id=\"rule-search\"").containsPattern("<script src=\"/static/rulebook.js\\?v=[0-9a-f]{12}\" defer>")
                .doesNotContain("<script>");
        assertThat(html).as("counts name what they count").containsPattern("fires for [0-9,]+ of [0-9]{2},[0-9]{3} generated answer sets")
                .contains("not from patients").doesNotContain("golden answer sets");
        assertThat(html).as("each rule names the forms it rules out")
                .containsPattern("rules out every exercise form that is done kneeling: [^<]*Child&#39;s pose[^<]*\\.</li>");
        assertThat(html).as("scenario cases are folded").containsPattern("<details><summary>[0-9]+ scenario cases?</summary><ul lang=\"en\">");
    }

    /** A Spanish plan's rule links open the book in Spanish: its frame, the rules' titles and words, what they conclude, the table's names. */
    @Test
    void theBookSpeaksSpanishWhereASpanishPlanLinksToIt() {
        String html = given().get("/rules?lang=es").then().statusCode(200).header("Content-Language", "es").extract().asString();
        assertThat(html).contains("<html lang=\"es\"").contains("<h1>El libro de reglas</h1>")
                .contains("<h3 id=\"rule-knee-problem-no-kneeling-name\">Problema de rodilla: nada que se haga de rodillas</h3>")
                .as("the rule's name in the rule files stays as written, marked English").contains("<dd lang=\"en\">Knee problem: no kneeling</dd>")
                .contains("<li>descarta toda forma de ejercicio que se haga de rodillas: Postura del niño")
                .contains("Nos ha dicho que tiene un problema de rodilla")
                .contains(">Rodillas al pecho").contains(">Rodilla</a>").contains("Etapa 4: exclusión")
                .contains("se aplica en ").contains("conjuntos de respuestas generados")
                .doesNotContain("rules out every exercise form").doesNotContain("The decision table").doesNotContain("Says to the person");
        assertThat(html).as("a count as Spanish writes it").containsPattern("se aplica en [0-9.]+ de [0-9]{2}\\.[0-9]{3} conjuntos");
        assertThat(html).as("the language switch leads to the English book").contains("href=\"/rules?lang=en\"");
        given().get("/api/rules").then().body(KNEE + ".title", equalTo("Knee problem: no kneeling"))
                .body(KNEE + ".concludes.says", contains("rules out every exercise form that is done kneeling"));
    }

    @Test
    void everyRuleLineOfAPlanLinksToItsEntry() {
        for (String plan : List.of("/plan?painLevel=4&legSymptoms=ONE_LEG&conditions=PREGNANCY&conditions=KNEE&equipment=LUMBAR_BELT&lang=es",
                "/plan?painLevel=6&redFlags=SADDLE_NUMBNESS", "/plan?painLevel=4&ci=1.3.4.0.0.B.knees-to-chest::1:R~childs-pose::1:P")) {
            plan = org.decompress.web.Links.answered(plan);
            String html = given().get(plan).then().statusCode(200).extract().asString();
            String language = plan.contains("lang=es") ? "es" : "en";
            String book = given().get("/rules?lang=" + language).then().statusCode(200).header("Content-Language", language).extract().asString();
            Matcher links = Pattern.compile("<a class=\"rule\" href=\"/rules\\?lang=([a-z]+)#([a-z0-9-]+)\" hreflang=\"([a-z]+)\">").matcher(html);
            int found = 0;
            while (links.find()) {
                found++;
                assertThat(links.group(1)).as(plan + ": the book in the plan's language").isEqualTo(language).isEqualTo(links.group(3));
                assertThat(book).as(plan + " links " + links.group(2)).contains("id=\"" + links.group(2) + "\"");
            }
            assertThat(found).as(plan).isPositive();
        }
    }

    @Test
    void theClinicalBasisIsServedBesideTheTable() {
        given().get("/rules/clinical-basis").then().statusCode(200).contentType(containsString("text/markdown"))
                .body(containsString("# Clinical basis")).body(containsString("decision-table.tsv"));
        assertThat(given().get("/rules").then().extract().asString()).contains("href=\"/rules/clinical-basis\"");
    }

    @Test
    void theBookIsReadOnly() {
        given().contentType("application/json").body("{}").post("/api/rules").then().statusCode(405);
        given().contentType("text/plain").body("rule \"x\" when then end").put("/rules").then().statusCode(405);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/rules"));
    }
}
