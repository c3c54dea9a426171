package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

    FhirResponsesFor responses() {
        return new FhirResponsesFor(questionnaire, fhir.base(), fhir.intakeCanonical(), fhir.checkInCanonical());
    }

    ObjectNode good() {
        return responses().intake(AnswersBuilder.answers().painLevel(4).conditions(org.decompress.questionnaire.Condition.KNEE).build());
    }

    JsonNode issues(String body, String language) throws Exception {
        String answer = given().header("Accept-Language", language).contentType(Fhir.JSON).body(body).post("/fhir/QuestionnaireResponse/$plan")
                .then().statusCode(400).contentType(Fhir.JSON).extract().asString();
        JsonNode outcome = JSON.readTree(answer);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(FhirResourcesTest.check("en").errors(answer)).as("the OperationOutcome itself validates").isEmpty();
        return outcome.get("issue");
    }

    JsonNode issues(JsonNode body) throws Exception {
        return issues(body.toString(), "en");
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

        ObjectNode old = good().put("questionnaire", fhir.intakeCanonical().replaceAll("\\|.*", "") + "|0.9");
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
        JsonNode issue = issues(body).get(0);
        assertThat(issue.get("code").asText()).isEqualTo("required");
        assertThat(issue.get("expression").get(0).asText()).isEqualTo(PAIN);
    }

    @Test
    void anUnknownLinkIdAWrongTypeACodeNotAnOptionSeveralAnswersAndAValueOutOfRange() throws Exception {
        ObjectNode unknown = good();
        ((ObjectNode) unknown.withArray("item").get(0)).withArray("item").addObject().put("linkId", "favouriteColour")
                .putArray("answer").addObject().put("valueString", "blue");
        assertThat(issues(unknown).get(0).get("expression").get(0).asText()).endsWith(".item.where(linkId='favouriteColour')");

        ObjectNode wrongType = good();
        painAnswer(wrongType).removeAll().addObject().put("valueString", "4");
        assertThat(issues(wrongType).get(0).get("expression").get(0).asText()).isEqualTo(PAIN + ".answer");
        assertThat(issues(wrongType).get(0).get("diagnostics").asText()).contains("valueInteger");

        ObjectNode notAnOption = good();
        ((ObjectNode) notAnOption.withArray("item").get(1).withArray("item").get(0).withArray("answer").get(0).get("valueCoding")).put("code", "BAD_KNEE");
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
        ((ObjectNode) body.withArray("item").get(1)).withArray("item").addObject().put("linkId", "pregnancyWeeks")
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
        return body.withArray("item").get(0).withArray("item").get(0).withArray("answer");
    }
}
