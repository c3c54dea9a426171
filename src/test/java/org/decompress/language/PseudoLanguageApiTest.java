package org.decompress.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.decompress.figure.FigureBook;
import org.decompress.plan.GoldenPlans;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanService;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * The JSON API in the pseudo-language en-XA ({@link PseudoLanguage}): every human-readable field of
 * every answer must be marked, so no English is written in Java, a rule or the catalog's JSON. The
 * fields that are not for reading ({@link PlanDecisions#NOT_FOR_READING}: ids, enum codes, rule names; and the
 * citation of a progression's source) are named, and only those may stay unmarked. And the pseudo-language's plans decide
 * exactly what the English plans decide.
 */
@QuarkusTest
class PseudoLanguageApiTest {

    /** Paths (field names from the top) that cite a source for clinicians: like rule names, they stay as written. */
    static final Set<String> CITATIONS = Set.of("progression.source");
    static final int OVER_HTTP = 200;
    /** Random first answers; since the readiness follow-ups, about a third lead to a referral and no check-in. */
    static final int HISTORIES = 600;
    static final int CHECK_INS = 300;

    @Inject
    PlanService plans;

    @Inject
    Languages languages;

    @Inject
    ObjectMapper json;

    @Inject
    FigureBook figures;

    @Test
    void thePseudoLanguageIsOnTheTestsClasspathButOffersNoSwitch() throws Exception {
        Language pseudo = languages.find(PseudoLanguage.TAG).orElseThrow();
        assertThat(pseudo.listed()).isFalse();
        assertThat(languages.listed()).as("the languages of messages/, the default first").extracting(Language::tag)
                .containsExactlyElementsOf(MessageFilesTest.languagesInOrder());
        assertThat(languages.resolve(null, List.of(java.util.Locale.forLanguageTag("en-XA")))).isEqualTo(pseudo);
        assertThat(languages.resolve(null, List.of(java.util.Locale.forLanguageTag("en-GB")))).isEqualTo(languages.defaultLanguage());
    }

    @Test
    void everyGoldenPlanInThePseudoLanguageIsAllMarkedAndDecidesWhatEnglishDecides() throws Exception {
        Language pseudo = languages.find(PseudoLanguage.TAG).orElseThrow();
        List<String> escaped = new ArrayList<>();
        List<String[]> cases = GoldenPlans.accepted();
        for (int i = 0; i < cases.size(); i++) {
            Answers answers = json.readValue(cases.get(i)[0], Answers.class);
            JsonNode plan = json.valueToTree(plans.plan(answers, pseudo));
            escaped.addAll(unmarkedFields(plan, "case " + i));
            assertThat(PlanDecisions.of(plan)).as("case %d: the same decisions as in English", i).isEqualTo(PlanDecisions.of(json.readTree(cases.get(i)[1])));
        }
        assertThat(escaped).as("human-readable fields of %d golden plans in %s without markers", cases.size(), PseudoLanguage.TAG).isEmpty();
    }

    @Test
    void plansAfterCheckInsInThePseudoLanguageAreAllMarked() {
        Language pseudo = languages.find(PseudoLanguage.TAG).orElseThrow();
        Random random = new Random(20261201L);
        List<String> escaped = new ArrayList<>();
        int checkIns = 0;
        for (int h = 0; h < HISTORIES; h++) {
            Answers first = RandomAnswers.answers(random);
            Plan plan = plans.plan(first);
            List<CheckIn> history = new ArrayList<>();
            for (int k = 0; k < 4 && plan.status() == PlanStatus.PLAN; k++) {
                history.add(RandomAnswers.checkIn(random, plan, history));
                Answers answers = first.withCheckIns(List.copyOf(history));
                escaped.addAll(unmarkedFields(json.valueToTree(plans.plan(answers, pseudo)), "history " + h + ", check-in " + (k + 1)));
                plan = plans.plan(answers);
                checkIns++;
            }
        }
        assertThat(checkIns).isGreaterThan(CHECK_INS);
        assertThat(escaped).as("human-readable fields of plans after %d check-ins without markers", checkIns).isEmpty();
    }

    @Test
    void overHttpThePlansQuestionnaireExercisesAndProblemsAreAllMarked() throws Exception {
        List<String[]> cases = GoldenPlans.accepted();
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += cases.size() / OVER_HTTP) {
            escaped.addAll(unmarkedFields(post("/api/plans", cases.get(i)[0], 200), "plan of case " + i));
        }
        escaped.addAll(unmarkedFields(get("/api/questionnaire", 200), "questionnaire"));
        escaped.addAll(unmarkedFields(get("/api/exercises", 200), "exercises"));
        escaped.addAll(unmarkedFields(get("/api/exercises/knees-to-chest", 200), "one exercise"));
        escaped.addAll(unmarkedFields(get("/api/exercises/no-such-exercise", 404), "unknown exercise"));
        Map<String, String> badBodies = Map.of(
                "wrong type", "{\"painLevel\":\"high\"}",
                "out of range and missing", "{\"painLevel\":11,\"age\":0,\"checkIns\":[{}]}",
                "unknown answer", "{\"painLevel\":3,\"conditions\":[\"BAD_KNEE\"]}",
                "unknown field", "{\"painLevel\":3,\"favouriteColour\":\"blue\"}",
                "not JSON", "{painLevel",
                "check-in of an exercise not in the catalog", "{\"painLevel\":3,\"checkIns\":[{\"week\":1,\"painLevel\":3,\"sessionsPerWeek\":3,"
                        + "\"nextMorningWorse\":false,\"legSymptomsSpreading\":false,\"overall\":\"SAME\",\"exercises\":[{\"id\":\"moonwalk\",\"step\":1,\"rating\":\"JUST_RIGHT\"}]}]}");
        for (var bad : badBodies.entrySet()) {
            JsonNode problem = post("/api/plans", bad.getValue(), 400);
            assertThat(problem.path("title").asText()).as(bad.getKey()).isNotBlank();
            escaped.addAll(unmarkedFields(problem, bad.getKey()));
        }
        assertThat(escaped).as("human-readable JSON fields in %s without markers", PseudoLanguage.TAG).isEmpty();
    }

    @Test
    void everyPictureSaysItsWordsInThePseudoLanguage() {
        List<String> escaped = new ArrayList<>();
        for (String key : figures.keys()) {
            for (String name : List.of(key, key + "-still")) {
                String svg = given().queryParam("lang", PseudoLanguage.TAG).get("/figures/" + name + ".svg")
                        .then().statusCode(200).header("Content-Language", PseudoLanguage.TAG).extract().asString();
                java.util.regex.Matcher words = java.util.regex.Pattern.compile("<(text|title|desc)[^>]*>([^<]*)<").matcher(svg);
                int found = 0;
                while (words.find()) {
                    found++;
                    if (!PseudoLanguage.unmarked(words.group(2)).isEmpty()) {
                        escaped.add(name + ".svg <" + words.group(1) + ">: " + words.group(2));
                    }
                }
                assertThat(found).as(name + ".svg has words").isPositive();
            }
        }
        assertThat(escaped).as("words in the pictures without markers").isEmpty();
    }

    /** Every string of {@code node} meant for reading that has text outside the markers, with where it is. */
    static List<String> unmarkedFields(JsonNode node, String where) {
        List<String> escaped = new ArrayList<>();
        walk(node, "", "", where, escaped);
        return escaped;
    }

    private static void walk(JsonNode node, String field, String path, String where, List<String> escaped) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), f.getKey(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), where, escaped));
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, field, path, where, escaped));
        } else if (node.isTextual() && !PlanDecisions.NOT_FOR_READING.contains(field) && !CITATIONS.contains(path)
                && !PseudoLanguage.unmarked(node.asText()).isEmpty()) {
            escaped.add(where + ": " + path + " = " + node.asText());
        }
    }

    private static JsonNode get(String path, int status) throws Exception {
        return new ObjectMapper().readTree(given().header("Accept-Language", PseudoLanguage.TAG).get(path)
                .then().statusCode(status).header("Content-Language", PseudoLanguage.TAG).extract().asString());
    }

    private static JsonNode post(String path, String body, int status) throws Exception {
        return new ObjectMapper().readTree(given().header("Accept-Language", PseudoLanguage.TAG).contentType("application/json").body(body)
                .post(path).then().statusCode(status).header("Content-Language", PseudoLanguage.TAG).extract().asString());
    }
}
