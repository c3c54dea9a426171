package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.decompress.problem.BodySizeLimit;
import org.junit.jupiter.api.Test;

/**
 * Every 4xx a clinical system can get on {@code /fhir} and {@code /cds-services} is an OperationOutcome
 * with a generated narrative, and HAPI's validator finds no error and no warning in it (no dom-6), in
 * English and in Spanish: the ones the FHIR face writes itself and the ones the exception mappers
 * write. {@code /fhir} has no 401 (it asks for no token) and no 415 ({@code $plan} takes any media type and
 * answers 400 to what is not FHIR JSON); a 401 on {@code /cds-services} needs trusted clients configured:
 * CdsTrustedClientsTest checks each refusal the same way.
 */
@QuarkusTest
class ClinicalErrorOutcomesTest {

    static final String PLAN = "/fhir/QuestionnaireResponse/$plan";
    static final String CDS = "/cds-services/decompress-plan";
    static final String HUGE = "{\"padding\": \"" + "x".repeat((int) BodySizeLimit.FHIR_MAX_BYTES) + "\"}";

    record Provoked(String what, int status, String mediaType, Function<RequestSpecification, io.restassured.response.Response> call) {
    }

    static final List<Provoked> PROVOKED = List.of(
            new Provoked("FHIR: a response with no answers", 400, Fhir.JSON,
                    r -> r.contentType(Fhir.JSON).body("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\"}").post(PLAN)),
            new Provoked("FHIR: a body that is not JSON", 400, Fhir.JSON, r -> r.contentType(Fhir.JSON).body("{\"resourceType\": ").post(PLAN)),
            new Provoked("FHIR: no such resource type", 404, Fhir.JSON, r -> r.get("/fhir/Patient/1")),
            new Provoked("FHIR: no such Questionnaire", 404, Fhir.JSON, r -> r.get("/fhir/Questionnaire/no-such-form")),
            new Provoked("FHIR: no such operation", 404, Fhir.JSON, r -> r.contentType(Fhir.JSON).body("{}").post("/fhir/QuestionnaireResponse/$nothing")),
            new Provoked("FHIR: a method not allowed", 405, Fhir.JSON, r -> r.delete("/fhir/metadata")),
            new Provoked("FHIR: HTML asked for", 406, Fhir.JSON, r -> r.accept("text/html").get("/fhir/metadata")),
            new Provoked("FHIR: a body over the limit", 413, Fhir.JSON, r -> r.contentType(Fhir.JSON).body(HUGE).post(PLAN)),
            // $plan takes any media type and says what is wrong with a body that is not FHIR JSON: /fhir has no 415 (nor a 401).
            new Provoked("FHIR: a body that is not FHIR JSON", 400, Fhir.JSON, r -> r.contentType("text/plain").body("hello").post(PLAN)),
            new Provoked("CDS: not JSON", 400, "application/json", r -> r.contentType("application/json").body("{\"hook\": ").post(CDS)),
            new Provoked("CDS: no hook", 400, "application/json", r -> r.contentType("application/json").body("{}").post(CDS)),
            new Provoked("CDS: no such service", 404, "application/json", r -> r.contentType("application/json").body("{}").post("/cds-services/nothing")),
            new Provoked("CDS: a method not allowed", 405, "application/json", r -> r.get(CDS)),
            new Provoked("CDS: a body over the limit", 413, "application/json", r -> r.contentType("application/json").body(HUGE).post(CDS)),
            new Provoked("CDS: a body that is not JSON", 415, "application/json", r -> r.contentType("text/plain").body("hello").post(CDS)));

    @Test
    void everyClinical4xxIsAnOperationOutcomeWithANarrativeAndNoWarning() throws Exception {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String language : List.of("en", "es")) {
            FhirCheck check = FhirCheck.ofService(language);
            for (Provoked provoked : PROVOKED) {
                io.restassured.response.Response response = provoked.call().apply(given().header("Accept-Language", language));
                String label = language + " " + provoked.what() + " (" + response.statusCode() + ")";
                String body = response.asString();
                System.out.println("OUTCOME " + label + ": " + body);
                if (response.statusCode() != provoked.status()) {
                    found.add(label + ": expected " + provoked.status());
                    continue;
                }
                assertThat(response.contentType()).as(label).startsWith(provoked.mediaType());
                JsonNode outcome = FhirResourcesTest.JSON.readTree(body);
                assertThat(outcome.path("resourceType").asText()).as(label).isEqualTo("OperationOutcome");
                if (!outcome.at("/text/status").asText().equals("generated") || !outcome.at("/text/div").asText().startsWith(FhirDisplayTest.XHTML)) {
                    found.add(label + ": no generated XHTML narrative");
                }
                outcome.get("issue").forEach(issue -> {
                    if (!outcome.at("/text/div").asText().contains(xhtml(issue.path("diagnostics").asText()))) {
                        found.add(label + ": the narrative does not say " + issue.path("diagnostics").asText());
                    }
                });
                check.errorsAndWarnings(body).forEach(m -> found.add(label + ": " + m));
                checked++;
            }
        }
        System.out.printf("FHIR validator: %d OperationOutcomes (400, 404, 405, 406, 413 on /fhir; 400, 404, 405, 413, 415 on /cds-services; 2 languages): %d problems%n",
                checked, found.size());
        found.forEach(System.out::println);
        assertThat(found).isEmpty();
        assertThat(checked).isEqualTo(2 * PROVOKED.size());
    }

    /** The narrative's words as its XHTML writes them. */
    private static String xhtml(String text) {
        return org.decompress.language.Markup.escaped(text);
    }
}
