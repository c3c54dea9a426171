package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decompress.language.Languages;
import org.junit.jupiter.api.Test;

/** Each CodeSystem's version is a digest of its own concepts: changing one code system changes its version, and no other's. */
@QuarkusTest
class CodeSystemVersionsTest {

    @Inject
    FhirService fhir;

    @Inject
    FhirTerminology terminology;

    @Inject
    FhirForms forms;

    @Inject
    Languages languages;

    @Test
    void aCodeSystemsVersionChangesWithItsOwnConceptsOnly() {
        List<String> rules = terminology.codeSystems().stream().filter(s -> s.id().equals(FhirCodeSystems.RULE)).findFirst()
                .orElseThrow().concept().stream().map(FhirCodeSystems.Concept::display).toList();
        Map<String, String> before = versions(rules);
        List<String> oneMore = new ArrayList<>(rules);
        oneMore.add("a new rule");
        Map<String, String> after = versions(oneMore);

        assertThat(before.keySet()).containsAll(FhirCheck.CODE_SYSTEMS);
        assertThat(after.get(FhirCodeSystems.RULE)).isNotEqualTo(before.get(FhirCodeSystems.RULE));
        before.keySet().stream().filter(id -> !id.equals(FhirCodeSystems.RULE))
                .forEach(id -> assertThat(after.get(id)).as(id + " did not change").isEqualTo(before.get(id)));
        assertThat(before.values()).as("every code system has its own version").doesNotHaveDuplicates();
    }

    @Test
    void theServedCodeSystemsCarryTheirOwnVersionNotTheIntakes() {
        Map<String, String> expected = versions(terminology.codeSystems().stream()
                .filter(s -> s.id().equals(FhirCodeSystems.RULE)).findFirst().orElseThrow().concept().stream()
                .map(FhirCodeSystems.Concept::display).toList());
        String intake = forms.intake(languages.defaultLanguage()).version();
        terminology.codeSystems().forEach(s -> assertThat(s.version()).as(s.id()).isEqualTo(expected.get(s.id())).isNotEqualTo(intake));
    }

    private Map<String, String> versions(List<String> rules) {
        FhirCodeSystems codes = new FhirCodeSystems(fhir.base());
        return FhirCodeSystems.versionsOf(codes.unversioned(terminology.words(), rules));
    }
}
