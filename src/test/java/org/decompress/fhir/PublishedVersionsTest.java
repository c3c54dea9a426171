package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decompress.fhir.FhirQuestionnaires.FhirQuestionnaire;
import org.decompress.language.Languages;
import org.decompress.plan.GoldenPlans;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * The intake versions the service has published: the repository's list holds today's version with
 * today's items (the build fails otherwise, saying which line to add); a response to an older version
 * whose items mean the same is read as today's, wherever its items sat; one whose items do not is a
 * 400 naming its version.
 */
@QuarkusTest
class PublishedVersionsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FhirService fhir;

    @Inject
    FhirForms forms;

    @Inject
    Questionnaire questionnaire;

    @Inject
    Languages languages;

    @Inject
    Validator validator;

    @Test
    void theCurrentIntakeIsInTheListWithItsOwnItems() {
        isPublished(forms.intakes(), forms.published(), PublishedVersions.INTAKE);
    }

    @Test
    void theCurrentCheckInIsInItsListWithItsOwnItems() {
        isPublished(forms.checkIns(), forms.publishedCheckIns(), PublishedVersions.CHECK_IN);
    }

    /** {@code forms}: one form in every language, the default language's first. */
    private static void isPublished(List<FhirQuestionnaire> forms, PublishedVersions published, String resource) {
        FhirQuestionnaire current = forms.get(0);
        String line = PublishedVersions.lineOf(current);
        System.out.printf("%s: %s%n", resource, line);
        assertThat(current.version()).as("the version is the digest of the questionnaire's structure")
                .isEqualTo(FhirQuestionnaires.versionOf(current));
        assertThat(published.find(current.version())).as("the %s version is published; add this line to src/main/resources/"
                + resource + ":%n%s", current.id(), line).isPresent();
        assertThat(published.find(current.version()).orElseThrow().items()).as("its items as published: " + line)
                .isEqualTo(PublishedVersions.entryOf(current).items());
        List<String> versions = published.entries().stream().map(PublishedVersions.Entry::version).toList();
        assertThat(versions).doesNotHaveDuplicates().last().as("the newest last").isEqualTo(current.version());
        for (FhirQuestionnaire translation : forms) {
            assertThat(PublishedVersions.entryOf(translation)).as(translation.id()).isEqualTo(PublishedVersions.entryOf(current));
        }
    }

    @Test
    void aResponseToAnOlderVersionWhoseItemsMeanTheSameIsReadAsTodays() throws Exception {
        FhirQuestionnaire current = forms.intake(languages.defaultLanguage());
        PublishedVersions.Entry today = PublishedVersions.entryOf(current);
        // An older version whose questions sat in other groups and asked one optional question less.
        String optional = today.items().entrySet().stream().filter(i -> !i.getValue().endsWith("!")).findFirst().orElseThrow().getKey();
        Map<String, String> fewer = new LinkedHashMap<>(today.items());
        fewer.remove(optional);
        FhirResponses reader = reader(new PublishedVersions(List.of(new PublishedVersions.Entry("0.regrouped", today.items()),
                new PublishedVersions.Entry("0.one-less", fewer), today)));
        FhirResponsesFor responses = FhirResponsesFor.english(forms, questionnaire);
        int read = 0;
        for (Answers answers : people()) {
            ObjectNode response = responses.intake(answers);
            FhirResponses.Read asToday = reader.read(response);
            assertThat(asToday.issues()).isEmpty();
            ObjectNode regrouped = older(response, "0.regrouped", null);
            FhirResponses.Read asOlder = reader.read(regrouped);
            assertThat(asOlder.issues()).as(regrouped.toString()).isEmpty();
            assertThat(asOlder.answers()).isEqualTo(asToday.answers());
            ObjectNode oneLess = older(response, "0.one-less", optional);
            assertThat(reader.read(oneLess).issues()).as(oneLess.toString()).isEmpty();
            read++;
        }
        assertThat(read).isGreaterThan(10);
    }

    @Test
    void aResponseToAVersionItCannotMapIsA400NamingTheVersion() throws Exception {
        FhirQuestionnaire current = forms.intake(languages.defaultLanguage());
        PublishedVersions.Entry today = PublishedVersions.entryOf(current);
        Map<String, String> fewerFlags = new LinkedHashMap<>(today.items());
        // One red flag fewer: its "none of these" never ruled out the flag asked today.
        fewerFlags.computeIfPresent("redFlags", (id, s) -> s.replaceFirst("=[A-Z_]+\\|", "="));
        assertThat(fewerFlags.get("redFlags")).isNotEqualTo(today.items().get("redFlags"));
        Map<String, String> newRequired = new LinkedHashMap<>(today.items());
        String required = today.items().entrySet().stream().filter(i -> i.getValue().endsWith("!")).findFirst().orElseThrow().getKey();
        newRequired.remove(required);
        FhirResponses reader = reader(new PublishedVersions(List.of(new PublishedVersions.Entry("0.fewer-flags", fewerFlags),
                new PublishedVersions.Entry("0.before-" + required, newRequired), today)));
        ObjectNode response = FhirResponsesFor.english(forms, questionnaire)
                .intake(people().get(0));
        for (String version : List.of("0.fewer-flags", "0.before-" + required, "0.never-published")) {
            FhirResponses.Read read = reader.read(older(response, version, null));
            assertThat(read.answers()).as(version).isEmpty();
            assertThat(read.issues()).as(version).singleElement().satisfies(issue -> {
                assertThat(issue.expression()).isEqualTo("QuestionnaireResponse.questionnaire");
                assertThat(issue.diagnostics()).contains("version " + version).contains(current.version());
            });
        }
        // Over HTTP: a 400 OperationOutcome naming the version.
        String answer = io.restassured.RestAssured.given().contentType(Fhir.JSON).body(older(response, "0.never-published", null).toString())
                .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(400).contentType(Fhir.JSON).extract().asString();
        JsonNode outcome = JSON.readTree(answer);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/diagnostics").asText()).contains("0.never-published");
        assertThat(outcome.at("/issue/0/expression/0").asText()).isEqualTo("QuestionnaireResponse.questionnaire");
    }

    @Test
    void aCheckInToAnOlderVersionWhoseItemsMeanTheSameIsReadAsTodays() throws Exception {
        PublishedVersions.Entry today = PublishedVersions.entryOf(forms.checkIns().get(0));
        FhirResponses reader = checkInReader(new PublishedVersions(List.of(new PublishedVersions.Entry("0.grouped", today.items()), today)));
        int read = 0;
        for (Answers answers : withCheckIns()) {
            JsonNode bundle = FhirResponsesFor.english(forms, questionnaire).of(answers);
            FhirResponses.Read asToday = reader.read(bundle);
            assertThat(asToday.issues()).isEmpty();
            JsonNode grouped = olderCheckIns(bundle, "0.grouped");
            FhirResponses.Read asOlder = reader.read(grouped);
            assertThat(asOlder.issues()).as(grouped.toString()).isEmpty();
            assertThat(asOlder.answers()).isEqualTo(asToday.answers());
            read++;
        }
        assertThat(read).isGreaterThan(3);
    }

    @Test
    void aCheckInToAVersionItCannotMapIsA400NamingTheVersion() throws Exception {
        PublishedVersions.Entry today = PublishedVersions.entryOf(forms.checkIns().get(0));
        Map<String, String> fewerRatings = new LinkedHashMap<>(today.items());
        // One rating fewer: "too hard" and "painful" would not mean what they mean today.
        fewerRatings.computeIfPresent(FhirQuestionnaires.RATING, (id, s) -> s.replaceFirst("=[A-Z_]+\\|", "="));
        assertThat(fewerRatings.get(FhirQuestionnaires.RATING)).isNotEqualTo(today.items().get(FhirQuestionnaires.RATING));
        FhirResponses reader = checkInReader(new PublishedVersions(List.of(new PublishedVersions.Entry("0.fewer-ratings", fewerRatings), today)));
        JsonNode bundle = FhirResponsesFor.english(forms, questionnaire).of(withCheckIns().get(0));
        for (String version : List.of("0.fewer-ratings", "0.never-published")) {
            FhirResponses.Read read = reader.read(olderCheckIns(bundle, version));
            assertThat(read.answers()).as(version).isEmpty();
            assertThat(read.issues()).as(version).isNotEmpty().allSatisfy(issue -> {
                assertThat(issue.expression()).matches("Bundle\\.entry\\[\\d+]\\.resource\\.questionnaire");
                assertThat(issue.diagnostics()).contains("version " + version).contains(forms.checkIns().get(0).version());
            });
        }
        String answer = io.restassured.RestAssured.given().contentType(Fhir.JSON).body(olderCheckIns(bundle, "0.never-published").toString())
                .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(400).contentType(Fhir.JSON).extract().asString();
        JsonNode outcome = JSON.readTree(answer);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/diagnostics").asText()).contains("0.never-published");
        assertThat(outcome.at("/issue/0/expression/0").asText()).isEqualTo("Bundle.entry[1].resource.questionnaire");
    }

    @Test
    void aResponseToEveryPublishedVersionStillPlansAsToday() throws Exception {
        JsonNode bundle = FhirResponsesFor.english(forms, questionnaire).of(withCheckIns().get(0));
        String today = io.restassured.RestAssured.given().contentType(Fhir.JSON).body(bundle.toString()).post("/fhir/QuestionnaireResponse/$plan")
                .then().statusCode(200).extract().asString();
        int versions = 0;
        for (PublishedVersions.Entry intake : forms.published().entries()) {
            for (PublishedVersions.Entry checkIn : forms.publishedCheckIns().entries()) {
                ObjectNode older = bundle.deepCopy();
                for (int i = 0; i < older.get("entry").size(); i++) {
                    ObjectNode response = (ObjectNode) older.get("entry").get(i).get("resource");
                    String url = response.get("questionnaire").asText();
                    response.put("questionnaire", url.substring(0, url.indexOf('|')) + "|" + (i == 0 ? intake : checkIn).version());
                }
                String planned = io.restassured.RestAssured.given().contentType(Fhir.JSON).body(older.toString())
                        .post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200).extract().asString();
                assertThat(JSON.readTree(planned).at("/entry/0/resource/activity").toString()).as(intake.version() + " " + checkIn.version())
                        .isEqualTo(JSON.readTree(today).at("/entry/0/resource/activity").toString());
                versions++;
            }
        }
        assertThat(versions).as("the LOINC code on painLevel made a new version of each form").isGreaterThanOrEqualTo(4);
    }

    /** The Bundle with each check-in as it answered {@code version}: its first two items in a group of their own. */
    private static JsonNode olderCheckIns(JsonNode bundle, String version) {
        ObjectNode copy = bundle.deepCopy();
        for (int i = 1; i < copy.get("entry").size(); i++) {
            ObjectNode response = (ObjectNode) copy.get("entry").get(i).get("resource");
            String url = response.get("questionnaire").asText();
            response.put("questionnaire", url.substring(0, url.indexOf('|')) + "|" + version);
            ArrayNode items = (ArrayNode) response.get("item");
            ArrayNode grouped = JsonNodeFactory.instance.arrayNode();
            ObjectNode group = grouped.addObject().put("linkId", "how-it-went");
            group.putArray("item").add(items.get(0)).add(items.get(1));
            for (int n = 2; n < items.size(); n++) {
                grouped.add(items.get(n));
            }
            response.set("item", grouped);
        }
        return copy;
    }

    private static List<Answers> withCheckIns() throws Exception {
        List<Answers> people = new ArrayList<>();
        org.decompress.rulebook.Population.histories(java.nio.file.Path.of("src/test/resources/golden/check-in-histories.jsonl.gz")).stream()
                .map(org.decompress.rulebook.Population.Person::answers).filter(a -> a.checkIns() != null && !a.checkIns().isEmpty()
                        && org.decompress.rules.Engine.VALIDATOR.validate(a).isEmpty())
                .limit(6).forEach(people::add);
        return people;
    }

    private FhirResponses reader(PublishedVersions published) {
        return new FhirResponses(forms.intakes(), forms.checkIns(), published, forms.publishedCheckIns(), languages.defaultContentWords(), validator);
    }

    private FhirResponses checkInReader(PublishedVersions published) {
        return new FhirResponses(forms.intakes(), forms.checkIns(), forms.published(), published, languages.defaultContentWords(), validator);
    }

    /** The response as it answered {@code version}: every item at the top, in the reverse order, without {@code left} if given. */
    private static ObjectNode older(ObjectNode response, String version, String left) {
        ObjectNode copy = response.deepCopy();
        String url = copy.get("questionnaire").asText();
        copy.put("questionnaire", url.substring(0, url.indexOf('|')) + "|" + version);
        List<JsonNode> items = new ArrayList<>();
        copy.get("item").forEach(group -> group.get("item").forEach(items::add));
        ArrayNode flat = JsonNodeFactory.instance.arrayNode();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!items.get(i).get("linkId").asText().equals(left)) {
                flat.add(items.get(i));
            }
        }
        copy.set("item", flat);
        return copy;
    }

    private static List<Answers> people() throws Exception {
        List<Answers> people = new ArrayList<>();
        List<String[]> golden = GoldenPlans.cases();
        ObjectMapper api = org.decompress.problem.StrictJson.mapper();
        for (int i = 0; i < golden.size() && people.size() < 30; i += 131) {
            Answers answers = api.readValue(golden.get(i)[0], Answers.class);
            if (org.decompress.rules.Engine.VALIDATOR.validate(answers).isEmpty() && (answers.bloodPressureControlled() == null
                    || answers.conditions() != null && answers.conditions().contains(org.decompress.questionnaire.Condition.HIGH_BLOOD_PRESSURE))) {
                people.add(answers.checkIns() == null || answers.checkIns().isEmpty() ? answers : null);
            }
        }
        people.removeIf(java.util.Objects::isNull);
        return people;
    }
}
