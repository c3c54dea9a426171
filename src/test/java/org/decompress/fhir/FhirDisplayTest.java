package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every resource the FHIR face serves carries a generated narrative an EHR can show as it is, and
 * HAPI's validator has nothing to warn of (no dom-6 left), in both languages.
 */
@QuarkusTest
class FhirDisplayTest {

    static final List<String> CONFORMANCE = List.of("/fhir/metadata", "/fhir/OperationDefinition/plan", "/fhir/StructureDefinition/exercise-variant");

    static final String XHTML = "<div xmlns=\"http://www.w3.org/1999/xhtml\"";

    /** What the service serves in {@code language}: each language's Questionnaires are their own canonicals. */
    static List<String> servedPaths(String language) {
        List<String> paths = new ArrayList<>(CONFORMANCE);
        String form = language.equals("en") ? "" : "-" + language;
        paths.add("/fhir/Questionnaire/decompress-intake" + form);
        paths.add("/fhir/Questionnaire/decompress-check-in" + form);
        FhirCheck.CODE_SYSTEMS.forEach(id -> paths.add("/fhir/CodeSystem/" + id));
        FhirCheck.CONCEPT_MAPS.forEach(id -> paths.add("/fhir/ConceptMap/" + id));
        return paths;
    }

    @Test
    void everyServedResourceHasANarrativeAndNoWarning() throws Exception {
        List<String> found = new ArrayList<>();
        int resources = 0;
        for (String language : List.of("en", "es")) {
            FhirCheck check = FhirCheck.ofService(language);
            for (String path : servedPaths(language)) {
                String json = FhirResourcesTest.get(path, language);
                resources++;
                com.fasterxml.jackson.databind.JsonNode resource = FhirResourcesTest.JSON.readTree(json);
                if (!resource.at("/text/status").asText().equals("generated") || !resource.at("/text/div").asText().startsWith(XHTML)) {
                    found.add(language + " " + path + ": no generated XHTML narrative");
                }
                check.errorsAndWarnings(json).forEach(m -> found.add(language + " " + path + ": " + m));
            }
        }
        System.out.printf("FHIR validator: %d served resources in 2 languages: %d errors and warnings%n", resources, found.size());
        found.forEach(System.out::println);
        assertThat(found).isEmpty();
    }

    @Test
    void anOperationOutcomeHasANarrativeAndNoWarning() throws Exception {
        for (String language : List.of("en", "es")) {
            String outcome = io.restassured.RestAssured.given().header("Accept-Language", language).contentType(Fhir.JSON)
                    .body("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\"}").post("/fhir/QuestionnaireResponse/$plan")
                    .then().statusCode(400).extract().asString();
            assertThat(FhirResourcesTest.JSON.readTree(outcome).at("/text/div").asText()).as(language).startsWith(XHTML);
            assertThat(FhirCheck.ofService(language).errorsAndWarnings(outcome)).as(language).isEmpty();
        }
    }
}
