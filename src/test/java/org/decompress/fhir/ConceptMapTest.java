package org.decompress.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The maps to SNOMED CT: each served ConceptMap says exactly what the map file says, every code of the
 * mapped CodeSystems has exactly one decision (a new red flag or condition without one fails the build),
 * and HAPI's validator finds nothing to warn of in either language.
 */
@QuarkusTest
class ConceptMapTest {

    /** R4 ConceptMapEquivalence (hl7.org/fhir/R4/valueset-concept-map-equivalence.html). */
    static final Set<String> R4_EQUIVALENCES = Set.of("relatedto", "equivalent", "equal", "wider", "subsumes", "narrower", "specializes", "inexact",
            "unmatched", "disjoint");

    @Inject
    FhirTerminology terminology;

    @Test
    void eachServedMapSaysWhatTheMapFileSays() throws Exception {
        Map<String, List<FhirConceptMaps.Line>> bySystem = new LinkedHashMap<>();
        terminology.conceptMapLines().forEach(l -> bySystem.computeIfAbsent(l.codeSystem(), s -> new ArrayList<>()).add(l));
        assertThat(bySystem.keySet().stream().map(FhirConceptMaps::idOf).toList()).containsExactlyElementsOf(FhirCheck.CONCEPT_MAPS);
        int targets = 0;
        SoftAssertions softly = new SoftAssertions();
        for (var system : bySystem.entrySet()) {
            String id = FhirConceptMaps.idOf(system.getKey());
            String english = FhirResourcesTest.get("/fhir/ConceptMap/" + id, "en");
            assertThat(FhirResourcesTest.get("/fhir/ConceptMap/" + id, "es")).as(id + ": one url|version, one resource").isEqualTo(english);
            JsonNode map = FhirResourcesTest.JSON.readTree(english);
            JsonNode codeSystem = FhirResourcesTest.JSON.readTree(FhirResourcesTest.get("/fhir/CodeSystem/" + system.getKey(), "en"));
            assertThat(map.get("url").asText()).isEqualTo(codeSystem.get("url").asText().replace("/CodeSystem/" + system.getKey(), "/ConceptMap/" + id));
            JsonNode group = map.at("/group/0");
            assertThat(map.get("group")).as(id + ": one group").hasSize(1);
            assertThat(group.get("source").asText()).isEqualTo(codeSystem.get("url").asText());
            assertThat(group.get("sourceVersion").asText()).isEqualTo(codeSystem.get("version").asText());
            assertThat(group.get("target").asText()).isEqualTo(Fhir.SNOMED);

            List<String> served = new ArrayList<>();
            group.get("element").forEach(e -> e.get("target").forEach(t -> served.add(e.get("code").asText() + "|" + t.path("code").asText("")
                    + "|" + t.path("display").asText("") + "|" + t.get("equivalence").asText())));
            List<String> written = system.getValue().stream()
                    .map(l -> l.code() + "|" + l.snomedId() + "|" + l.snomedTerm() + "|" + l.equivalence()).toList();
            softly.assertThat(served).as(id + ": every target as the map file gives it").containsExactlyElementsOf(written);
            targets += served.size();

            for (JsonNode element : group.get("element")) {
                for (JsonNode target : element.get("target")) {
                    String equivalence = target.get("equivalence").asText();
                    String where = id + " " + element.get("code").asText() + " -> " + target.path("code").asText("none");
                    softly.assertThat(target.path("comment").asText("")).as(where + ": R4 cmd-1 (and why, when unmatched)").isNotBlank();
                    if (equivalence.equals("unmatched")) {
                        softly.assertThat(target.has("code")).as(where + ": unmatched, no code").isFalse();
                        softly.assertThat(element.get("target")).as(where + ": unmatched is the one target").hasSize(1);
                    } else {
                        softly.assertThat(target.get("comment").asText()).as(where + ": names its source").contains("https://");
                    }
                }
            }
        }
        softly.assertAll();
        System.out.printf("ConceptMaps: %d maps, %d targets as in %s%n", bySystem.size(), targets, FhirConceptMaps.MAP);
    }

    @Test
    void everyCodeOfTheMappedCodeSystemsHasExactlyOneDecision() {
        List<FhirConceptMaps.Line> lines = terminology.conceptMapLines();
        Set<String> systems = new LinkedHashSet<>();
        lines.forEach(l -> systems.add(l.codeSystem()));
        assertThat(systems).as("the red flags and conditions are mapped").contains("red-flag", "condition");
        SoftAssertions softly = new SoftAssertions();
        int codes = 0;
        int mapped = 0;
        for (String system : systems) {
            FhirCodeSystems.CodeSystem codeSystem = terminology.codeSystem(system).orElseThrow();
            Map<String, String> displays = new LinkedHashMap<>();
            codeSystem.concept().forEach(c -> displays.put(c.code(), c.display()));
            FhirConceptMaps.ConceptMap map = terminology.conceptMap(FhirConceptMaps.idOf(system)).orElseThrow();
            List<String> elements = map.group().get(0).element().stream().map(FhirConceptMaps.Element::code).toList();
            softly.assertThat(elements).as(system + ": every code exactly once; a new code needs a line in " + FhirConceptMaps.MAP)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(displays.keySet());
            codes += displays.size();
            mapped += (int) map.group().get(0).element().stream().filter(e -> e.target().stream().anyMatch(t -> t.code() != null)).count();
            for (FhirConceptMaps.Line line : lines.stream().filter(l -> l.codeSystem().equals(system)).toList()) {
                String where = system + " " + line.code() + " -> " + line.snomedId();
                // The mapping was decided for these words: when they change, the mapping is checked again before this line is.
                softly.assertThat(line.displayEn()).as(where + ": the words the mapping was decided for").isEqualTo(displays.get(line.code()));
                softly.assertThat(R4_EQUIVALENCES).as(where).contains(line.equivalence());
                if (line.matched()) {
                    softly.assertThat(line.snomedId()).as(where + ": a SNOMED CT id").matches("[1-9][0-9]{5,17}");
                    softly.assertThat(line.snomedTerm()).as(where).isNotBlank();
                    softly.assertThat(line.source()).as(where + ": where the id and term were found").startsWith("https://");
                } else {
                    softly.assertThat(line.snomedId() + line.snomedTerm() + line.source()).as(where + ": unmatched, no concept").isEmpty();
                    softly.assertThat(line.note()).as(where + ": why unmatched").isNotBlank();
                }
            }
        }
        softly.assertAll();
        System.out.printf("ConceptMaps: %d codes in %d CodeSystems, each once: %d mapped to SNOMED CT, %d unmatched%n", codes, systems.size(), mapped,
                codes - mapped);
    }

    @Test
    void hapiFindsNoErrorOrWarningInEitherLanguage() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            FhirCheck check = FhirCheck.ofService(language);
            for (String id : FhirCheck.CONCEPT_MAPS) {
                String json = FhirResourcesTest.get("/fhir/ConceptMap/" + id, language);
                check.errorsAndWarnings(json).forEach(m -> found.add(language + " ConceptMap/" + id + ": " + m));
            }
        }
        System.out.printf("FHIR validator: 2 languages x %d ConceptMaps: %d errors and warnings%n", FhirCheck.CONCEPT_MAPS.size(), found.size());
        assertThat(found).isEmpty();
        // The validator checks each source code against the service's CodeSystem: a code it does not have is an error. The
        // SNOMED CT targets it never checks offline (org.hl7.fhir.validation 6.7.9 ConceptMapValidator treats SNOMED CT and
        // LOINC as "only supported on the terminology server", whatever fragment it is given: an information message), so
        // the targets are checked against the map file above, whose ids and terms come from the sources it names.
        String flags = FhirResourcesTest.get("/fhir/ConceptMap/red-flag-to-snomed", "en");
        String wrong = flags.replace("\"code\":\"SADDLE_NUMBNESS\"", "\"code\":\"NOT_A_RED_FLAG\"");
        assertThat(wrong).isNotEqualTo(flags);
        assertThat(FhirCheck.ofService("en").errors(wrong)).as("a source code the CodeSystem lacks").isNotEmpty();
    }

    @Test
    void anUnknownMapIsAnOperationOutcome() {
        given().get("/fhir/ConceptMap/exercise-to-snomed").then().statusCode(404).contentType(Fhir.JSON)
                .body("resourceType", org.hamcrest.Matchers.equalTo("OperationOutcome"));
    }
}
