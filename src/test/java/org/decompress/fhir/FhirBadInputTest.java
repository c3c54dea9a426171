package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rules.AnswersBuilder;
import org.decompress.rules.CheckIns;
import org.decompress.safety.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad QuestionnaireResponse gets a 400 with an OperationOutcome whose issue names the
 * item by its path; never a 5xx, and nothing of the answers in the log.
 */
@QuarkusTest
class FhirBadInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PAIN = "QuestionnaireResponse.item.where(linkId='pain').item.where(linkId='painLevel')";

    @Inject
    Questionnaire questionnaire;

    @Inject
    FhirService fhir;

    @Inject
    FhirForms forms;

    FhirResponsesFor responses() {
        return FhirResponsesFor.english(forms, questionnaire);
    }

    ObjectNode good() {
        return responses().intake(AnswersBuilder.answers().painLevel(4).conditions(org.decompress.questionnaire.Condition.KNEE).build());
    }

    JsonNode issues(String body, String language) throws Exception {
        String answer = given().header("Accept-Language", language).contentType(Fhir.JSON).body(body).post("/fhir/QuestionnaireResponse/$plan")
                .then().statusCode(400).contentType(Fhir.JSON).extract().asString();
        JsonNode outcome = JSON.readTree(answer);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("language").asText()).as("said in the reader's language, and says so").isEqualTo(language);
        assertThat(outcome.at("/text/status").asText()).isEqualTo("generated");
        assertThat(outcome.get("issue")).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.get("severity").asText()).isEqualTo("error");
            assertThat(issue.get("code").asText()).isNotBlank();
            assertThat(issue.get("diagnostics").asText()).isNotBlank();
            assertThat(outcome.at("/text/div").asText()).contains(org.decompress.language.Markup.escaped(issue.get("diagnostics").asText()));
        });
        assertThat(FhirCheck.ofService(language).errorsAndWarnings(answer)).as("the OperationOutcome itself validates, with no warning").isEmpty();
        return outcome.get("issue");
    }

    /** The issues of the 400, in English; the Spanish 400 names the same items with the same codes (each checked as above). */
    JsonNode issues(JsonNode body) throws Exception {
        JsonNode english = issues(body.toString(), "en");
        JsonNode spanish = issues(body.toString(), "es");
        assertThat(whereAndWhat(spanish)).as("Spanish").isEqualTo(whereAndWhat(english));
        return english;
    }

    private static List<String> whereAndWhat(JsonNode issues) {
        List<String> said = new java.util.ArrayList<>();
        issues.forEach(issue -> said.add(issue.path("code").asText() + " " + issue.path("expression")));
        return said;
    }

    @Test
    void aGoodResponseIsPlannedAndAnEscapedDollarReachesTheOperationToo() {
        given().contentType(Fhir.JSON).body(good().toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200);
        given().contentType(Fhir.JSON).body(good().toString()).urlEncodingEnabled(false).post("/fhir/QuestionnaireResponse/%24plan").then().statusCode(200);
        given().contentType(Fhir.JSON).body(good().toString()).post("/fhir/QuestionnaireResponse/$frobnicate").then().statusCode(404);
    }

    @Test
    void aResponseToAnotherQuestionnaireOrAnUnknownVersion() throws Exception {
        ObjectNode other = good().put("questionnaire", "https://example.org/fhir/Questionnaire/phq-9");
        assertThat(issues(other).get(0).get("expression").get(0).asText()).isEqualTo("QuestionnaireResponse.questionnaire");
        assertThat(issues(other).get(0).get("diagnostics").asText()).contains("phq-9");

        ObjectNode old = good().put("questionnaire", forms.intakes().get(0).url() + "|0.9");
        assertThat(issues(old).get(0).get("diagnostics").asText()).contains("version 0.9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-progress", "stopped", "entered-in-error", ""})
    void aStatusOtherThanCompletedOrAmended(String status) throws Exception {
        JsonNode issue = issues(good().put("status", status)).get(0);
        assertThat(issue.get("expression").get(0).asText()).isEqualTo("QuestionnaireResponse.status");
    }

    @Test
    void aMissingRequiredItem() throws Exception {
        ObjectNode body = good();
        body.withArray("item").removeAll();
        JsonNode issues = issues(body);
        assertThat(issues).allSatisfy(issue -> assertThat(issue.get("code").asText()).isEqualTo("required"));
        assertThat(issues).extracting(issue -> issue.get("expression").get(0).asText()).containsExactlyInAnyOrder(
                "QuestionnaireResponse.item.where(linkId='safety').item.where(linkId='redFlags')", PAIN,
                "QuestionnaireResponse.item.where(linkId='pain').item.where(linkId='legSymptoms')",
                "QuestionnaireResponse.item.where(linkId='health').item.where(linkId='conditions')",
                "QuestionnaireResponse.item.where(linkId='at-hand').item.where(linkId='canGetOnFloor')");
    }

    /** Safety answers in a wrong shape are refused, each naming its item: never read as "no". */
    @Test
    void aSafetyItemInAWrongShapeIsRefusedNeverSkipped() throws Exception {
        String flags = "QuestionnaireResponse.item.where(linkId='safety').item.where(linkId='redFlags')";
        for (JsonNode wrong : List.of(JSON.getNodeFactory().textNode("SADDLE_NUMBNESS"), JSON.getNodeFactory().nullNode(),
                JSON.getNodeFactory().objectNode().put("linkId", "redFlags"))) {
            ObjectNode body = good();
            group(body, "safety").set("item", wrong);
            JsonNode issues = issues(body);
            assertThat(issues).as("safety.item = " + wrong).extracting(i -> i.get("expression").get(0).asText())
                    .contains("QuestionnaireResponse.item.where(linkId='safety').item");
        }
        ObjectNode stringAnswer = good();
        item(group(stringAnswer, "safety"), "redFlags").put("answer", "SADDLE_NUMBNESS");
        assertThat(issues(stringAnswer)).extracting(i -> i.get("expression").get(0).asText()).contains(flags + ".answer");

        ObjectNode twoValues = good();
        ((ObjectNode) item(group(twoValues, "safety"), "redFlags").withArray("answer").get(0)).put("valueBoolean", false);
        assertThat(issues(twoValues)).extracting(i -> i.get("diagnostics").asText()).anyMatch(d -> d.contains("2 values in one answer"));

        ObjectNode noneAndAFlag = good();
        item(group(noneAndAFlag, "safety"), "redFlags").withArray("answer").addObject().set("valueCoding", JSON.getNodeFactory().objectNode()
                .put("system", fhir.base() + "/CodeSystem/red-flag").put("code", "SADDLE_NUMBNESS"));
        assertThat(issues(noneAndAFlag)).extracting(i -> i.get("expression").get(0).asText()).contains(flags);

        ObjectNode withoutFlags = good();
        group(withoutFlags, "safety").withArray("item").removeAll();
        assertThat(issues(withoutFlags)).extracting(i -> i.get("expression").get(0).asText()).contains(flags);
    }

    @Test
    void anUnknownLinkIdAWrongTypeACodeNotAnOptionSeveralAnswersAndAValueOutOfRange() throws Exception {
        ObjectNode unknown = good();
        group(unknown, "pain").withArray("item").addObject().put("linkId", "favouriteColour")
                .putArray("answer").addObject().put("valueString", "blue");
        assertThat(issues(unknown).get(0).get("expression").get(0).asText()).endsWith(".item.where(linkId='favouriteColour')");

        ObjectNode wrongType = good();
        painAnswer(wrongType).removeAll().addObject().put("valueString", "4");
        assertThat(issues(wrongType).get(0).get("expression").get(0).asText()).isEqualTo(PAIN + ".answer");
        assertThat(issues(wrongType).get(0).get("diagnostics").asText()).contains("valueInteger");

        ObjectNode notAnOption = good();
        ((ObjectNode) item(group(notAnOption, "health"), "conditions").withArray("answer").get(0).get("valueCoding")).put("code", "BAD_KNEE");
        assertThat(issues(notAnOption).get(0).get("code").asText()).isEqualTo("code-invalid");
        assertThat(issues(notAnOption).get(0).get("expression").get(0).asText())
                .isEqualTo("QuestionnaireResponse.item.where(linkId='health').item.where(linkId='conditions').answer");

        ObjectNode twice = good();
        painAnswer(twice).addObject().put("valueInteger", 5);
        assertThat(issues(twice).get(0).get("diagnostics").asText()).contains("one answer, not 2");

        ObjectNode tooHigh = good();
        painAnswer(tooHigh).removeAll().addObject().put("valueInteger", 11);
        JsonNode issue = issues(tooHigh).get(0);
        assertThat(issue.get("expression").get(0).asText()).isEqualTo(PAIN + ".answer");
        assertThat(issue.get("diagnostics").asText()).contains("less than or equal to 10");
        assertThat(issues(tooHigh.toString(), "es").get(0).get("diagnostics").asText()).as("said in Spanish").doesNotContain("less than");
    }

    @Test
    void anAnswerToAnItemThatEnableWhenLeavesOut() throws Exception {
        ObjectNode body = good();
        group(body, "health").withArray("item").addObject().put("linkId", "pregnancyWeeks")
                .putArray("answer").addObject().put("valueInteger", 20);
        JsonNode issue = issues(body).get(0);
        assertThat(issue.get("expression").get(0).asText()).isEqualTo("QuestionnaireResponse.item.where(linkId='health').item.where(linkId='pregnancyWeeks')");
    }

    @Test
    void aBundleThatIsNotACollectionOrDoesNotBeginWithTheIntakeOrHasABadCheckIn() throws Exception {
        var answers = AnswersBuilder.answers().painLevel(4).checkIn(CheckIns.week(2).pain(3).build()).checkIn(CheckIns.week(1).pain(3).build()).build();
        ObjectNode bundle = (ObjectNode) responses().of(answers);
        assertThat(issues(bundle).get(0).get("expression").get(0).asText()).as("weeks must increase")
                .isEqualTo("Bundle.entry[2].resource.item.where(linkId='week')");

        ObjectNode searchset = bundle.deepCopy().put("type", "searchset");
        assertThat(issues(searchset).get(0).get("expression").get(0).asText()).isEqualTo("Bundle.type");

        ObjectNode reversed = bundle.deepCopy();
        JsonNode first = reversed.withArray("entry").remove(0);
        reversed.withArray("entry").add(first);
        assertThat(issues(reversed).get(0).get("expression").get(0).asText()).isEqualTo("Bundle.entry[0].resource.questionnaire");
    }

    /** FHIR R4, Operations: the standard body, a Parameters with one response part per response, is planned exactly as the Bundle is. */
    @Test
    void theStandardParametersBodyIsPlannedAsTheBundleIs() throws Exception {
        var answers = AnswersBuilder.answers().painLevel(4).checkIn(CheckIns.week(1).pain(3).build()).checkIn(CheckIns.week(2).pain(8).build()).build();
        ObjectNode bundle = (ObjectNode) responses().of(answers);
        ObjectNode parameters = JSON.createObjectNode().put("resourceType", "Parameters");
        com.fasterxml.jackson.databind.node.ArrayNode parts = parameters.putArray("parameter");
        bundle.withArray("entry").forEach(e -> parts.addObject().put("name", "response").set("resource", e.get("resource")));
        assertThat(FhirResourcesTest.check("en").errors(parameters.toString())).as("the Parameters body is valid FHIR").isEmpty();
        String fromBundle = given().contentType(Fhir.JSON).body(bundle.toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200)
                .extract().asString();
        String fromParameters = given().contentType(Fhir.JSON).body(parameters.toString()).post("/fhir/QuestionnaireResponse/$plan").then()
                .statusCode(200).extract().asString();
        assertThat(JSON.readTree(fromParameters)).isEqualTo(JSON.readTree(fromBundle));
        assertThat(fromParameters).as("pain 8 at the last check-in").contains("ServiceRequest");

        ObjectNode wrongName = parameters.deepCopy();
        ((ObjectNode) wrongName.at("/parameter/1")).put("name", "checkIn");
        assertThat(issues(wrongName).get(0).get("expression").get(0).asText()).isEqualTo("Parameters.parameter[1].name");
        ObjectNode notAResponse = parameters.deepCopy();
        ((ObjectNode) notAResponse.at("/parameter/2")).set("resource", JSON.createObjectNode().put("resourceType", "Patient"));
        assertThat(issues(notAResponse).get(0).get("expression").get(0).asText()).isEqualTo("Parameters.parameter[2].resource");
        ObjectNode other = parameters.deepCopy();
        ((ObjectNode) other.at("/parameter/0/resource")).putObject("subject").put("reference", "Patient/p-1");
        assertThat(issues(other)).extracting(i -> i.get("expression").get(0).asText()).contains("Parameters.parameter[1].resource.subject");
        assertThat(issues(JSON.createObjectNode().put("resourceType", "Parameters")).get(0).get("expression").get(0).asText())
                .isEqualTo("Parameters.parameter");
    }

    /** Check-ins count only for the intake's person: one about someone else, or about no one when the intake names someone, is refused. */
    @Test
    void aCheckInAboutAnotherSubjectThanTheIntakes() throws Exception {
        var answers = AnswersBuilder.answers().painLevel(4).checkIn(CheckIns.week(1).pain(3).build()).checkIn(CheckIns.week(2).pain(3).build()).build();
        ObjectNode bundle = (ObjectNode) responses().of(answers);
        for (JsonNode entry : bundle.withArray("entry")) {
            ((ObjectNode) entry.get("resource")).putObject("subject").put("reference", "Patient/p-1");
        }
        ObjectNode absolute = bundle.deepCopy();
        ((ObjectNode) absolute.at("/entry/1/resource/subject")).put("reference", "https://ehr.example/fhir/Patient/p-1");
        given().contentType(Fhir.JSON).body(absolute.toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200);

        ObjectNode other = bundle.deepCopy();
        ((ObjectNode) other.at("/entry/2/resource/subject")).put("reference", "Patient/p-2");
        JsonNode issue = issues(other).get(0);
        assertThat(issue.get("expression").get(0).asText()).isEqualTo("Bundle.entry[2].resource.subject");
        assertThat(issue.get("code").asText()).isEqualTo("business-rule");

        ObjectNode none = bundle.deepCopy();
        ((ObjectNode) none.at("/entry/1/resource")).remove("subject");
        assertThat(issues(none).get(0).get("expression").get(0).asText()).isEqualTo("Bundle.entry[1].resource.subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{nope", "[]", "42", "{\"resourceType\": \"Patient\"}", "{\"painLevel\": 4}", "<QuestionnaireResponse/>"})
    void anythingThatIsNotFhirJson(String body) throws Exception {
        JsonNode issue = issues(body, "en").get(0);
        assertThat(issue.get("code").asText()).isEqualTo("invalid");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsToldItIsNotFhirJson() throws Exception {
        String answer = given().contentType("text/plain").body("pain 4").post("/fhir/QuestionnaireResponse/$plan").then().statusCode(400)
                .extract().asString();
        assertThat(JSON.readTree(answer).at("/issue/0/code").asText()).isEqualTo("invalid");
    }

    @Test
    void theAnswersNeverReachTheLog() throws Exception {
        try (LogCapture log = new LogCapture()) {
            ObjectNode body = good();
            painAnswer(body).removeAll().addObject().put("valueInteger", 973);
            issues(body);
            given().contentType(Fhir.JSON).body(good().toString()).post("/fhir/QuestionnaireResponse/$plan").then().statusCode(200);
            // The service's own records: the test's HTTP client logs what it sends, and its FHIR validator what it reads.
            String service = String.join("\n", log.lines().stream()
                    .filter(l -> !l.startsWith("org.apache.http") && !l.startsWith("io.restassured")
                            && !l.startsWith("org.hl7.fhir") && !l.startsWith("ca.uhn.fhir"))
                    .toList());
            // As a whole number: hash codes in debug lines (Http1xServerRequest@75fc97f2) hold digits too.
            assertThat(service).doesNotContainPattern("\\b973\\b").doesNotContain("KNEE");
        }
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode painAnswer(ObjectNode body) {
        return item(group(body, "pain"), "painLevel").withArray("answer");
    }

    /** The group of a response with this linkId. */
    static ObjectNode group(JsonNode response, String linkId) {
        return item(response, linkId);
    }

    /** The item of a response or group with this linkId. */
    static ObjectNode item(JsonNode parent, String linkId) {
        for (JsonNode item : parent.path("item")) {
            if (item.path("linkId").asText().equals(linkId)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no item " + linkId);
    }
}
