package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One CodeSystem per url|version: the same resource whatever the language asked for, its displays in
 * English and the Spanish words as designations (the definitions through the translation extension).
 */
@QuarkusTest
class FhirCodeSystemsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachCodeSystemIsOneResourceWhateverTheLanguageWithTheSpanishAsDesignations() throws Exception {
        int designations = 0;
        for (String id : FhirCheck.CODE_SYSTEMS) {
            String english = given().header("Accept-Language", "en").get("/fhir/CodeSystem/" + id).then().statusCode(200)
                    .header("Content-Language", "en").extract().asString();
            String spanish = given().header("Accept-Language", "es").get("/fhir/CodeSystem/" + id).then().statusCode(200)
                    .header("Content-Language", "en").extract().asString();
            assertThat(spanish).as(id + ": one url|version, one resource").isEqualTo(english);
            assertThat(JSON.readTree(english).get("language").asText()).isEqualTo("en");
            designations += JSON.readTree(english).findValues("designation").stream().mapToInt(JsonNode::size).sum();
        }
        JsonNode flags = JSON.readTree(given().get("/fhir/CodeSystem/red-flag").asString());
        flags.get("concept").forEach(c -> assertThat(c.at("/designation/0/language").asText()).as(c.get("code").asText()).isEqualTo("es"));
        JsonNode exercises = JSON.readTree(given().get("/fhir/CodeSystem/exercise").asString());
        assertThat(exercises.at("/concept/0/_definition/extension/0/url").asText()).isEqualTo("http://hl7.org/fhir/StructureDefinition/translation");
        assertThat(exercises.at("/concept/0/_definition/extension/0/extension/0/valueCode").asText()).isEqualTo("es");
        // HAPI 8.8.1 does not compare a display in an unbound coding (an answerOption, a CarePlan's code) with its code system, so
        // this test checks it: every Spanish display a Spanish form carries is one of its concept's designations.
        List<String> spanishDisplays = new ArrayList<>();
        for (String form : List.of("decompress-intake-es", "decompress-check-in-es")) {
            JSON.readTree(given().get("/fhir/Questionnaire/" + form).asString()).findValues("valueCoding")
                    .forEach(c -> spanishDisplays.add(c.get("display").asText()));
        }
        List<String> designated = new ArrayList<>();
        for (String id : FhirCheck.CODE_SYSTEMS) {
            JSON.readTree(given().get("/fhir/CodeSystem/" + id).asString()).findValues("designation")
                    .forEach(ds -> ds.forEach(d -> designated.add(d.get("value").asText())));
        }
        assertThat(designated).as("every Spanish answer's words are a designation").containsAll(spanishDisplays.stream()
                .filter(d -> !d.isEmpty() && !english(d)).toList());
        System.out.printf("CodeSystems: %d served the same in en and es, %d designations%n", FhirCheck.CODE_SYSTEMS.size(), designations);
        assertThat(designations).isPositive();
    }

    /** Whether a display is also an English display (the words are the same in both languages, then no designation is needed). */
    private static boolean english(String display) {
        try {
            for (String id : FhirCheck.CODE_SYSTEMS) {
                if (given().get("/fhir/CodeSystem/" + id).asString().contains("\"display\":" + JSON.writeValueAsString(display))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
