package org.decompress.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.decompress.fhir.FhirCodeSystems.CodeSystem;
import org.decompress.fhir.FhirCodeSystems.Concept;
import org.decompress.language.Language;
import org.junit.jupiter.api.Test;

/** A ConceptMap's version is a digest of its own content: a line of one map changes that map's version and no other's. */
class FhirConceptMapsTest {

    static final Language ENGLISH = Language.of("en", "English");

    static final List<CodeSystem> SYSTEMS = List.of(system("red-flag", "1.aaa", "SADDLE_NUMBNESS", "NONE"),
            system("condition", "1.bbb", "PREGNANCY", "NONE"));

    static final List<FhirConceptMaps.Line> LINES = List.of(
            new FhirConceptMaps.Line("red-flag", "SADDLE_NUMBNESS", "Saddle", "449813001", "Numbness of saddle area (finding)", "equivalent",
                    "https://example.org/a", ""),
            new FhirConceptMaps.Line("red-flag", "NONE", "None", "", "", "unmatched", "", "Not a finding."),
            new FhirConceptMaps.Line("condition", "PREGNANCY", "Pregnancy", "77386006", "Pregnant", "equivalent", "https://example.org/b", ""),
            new FhirConceptMaps.Line("condition", "NONE", "None", "", "", "unmatched", "", "Not a finding."));

    @Test
    void aMapsVersionChangesWithItsOwnLinesAndSourceOnly() {
        Map<String, String> before = versions(LINES, SYSTEMS);
        assertThat(versions(LINES, SYSTEMS)).as("the same content, the same version").isEqualTo(before);
        assertThat(before.values()).doesNotHaveDuplicates();

        List<FhirConceptMaps.Line> changed = new ArrayList<>(LINES);
        changed.set(0, new FhirConceptMaps.Line("red-flag", "SADDLE_NUMBNESS", "Saddle", "449813001", "Numbness of saddle area (finding)", "wider",
                "https://example.org/a", "A note."));
        Map<String, String> after = versions(changed, SYSTEMS);
        assertThat(after.get("red-flag-to-snomed")).isNotEqualTo(before.get("red-flag-to-snomed"));
        assertThat(after.get("condition-to-snomed")).isEqualTo(before.get("condition-to-snomed"));

        List<CodeSystem> newConditions = List.of(SYSTEMS.get(0), system("condition", "1.ccc", "PREGNANCY", "NONE"));
        Map<String, String> newSource = versions(LINES, newConditions);
        assertThat(newSource.get("condition-to-snomed")).as("a new version of its CodeSystem").isNotEqualTo(before.get("condition-to-snomed"));
        assertThat(newSource.get("red-flag-to-snomed")).isEqualTo(before.get("red-flag-to-snomed"));
    }

    @Test
    void anUnmatchedCodeHasOneTargetWithoutACodeSayingWhy() {
        FhirConceptMaps.ConceptMap flags = maps(LINES, SYSTEMS).get(0);
        FhirConceptMaps.Element none = flags.group().get(0).element().get(1);
        assertThat(none.code()).isEqualTo("NONE");
        assertThat(none.display()).as("the CodeSystem's display").isEqualTo("display of NONE");
        assertThat(none.target()).containsExactly(new FhirConceptMaps.Target(null, null, "unmatched", "Not a finding."));
        FhirConceptMaps.Target saddle = flags.group().get(0).element().get(0).target().get(0);
        assertThat(saddle.comment()).isEqualTo("Id and term as found in: https://example.org/a");
        assertThat(flags.group().get(0).sourceVersion()).isEqualTo("1.aaa");
        assertThat(flags.url()).isEqualTo("https://x.example/fhir/ConceptMap/red-flag-to-snomed");
    }

    private static Map<String, String> versions(List<FhirConceptMaps.Line> lines, List<CodeSystem> systems) {
        return maps(lines, systems).stream().collect(Collectors.toMap(FhirConceptMaps.ConceptMap::id, FhirConceptMaps.ConceptMap::version));
    }

    private static List<FhirConceptMaps.ConceptMap> maps(List<FhirConceptMaps.Line> lines, List<CodeSystem> systems) {
        return new FhirConceptMaps("https://x.example/fhir", lines).all(id -> systems.stream().filter(s -> s.id().equals(id)).findFirst(), ENGLISH);
    }

    private static CodeSystem system(String id, String version, String... codes) {
        List<Concept> concepts = java.util.Arrays.stream(codes).map(c -> new Concept(c, "display of " + c, null, null, null, null)).toList();
        return new CodeSystem("CodeSystem", id, "https://x.example/fhir/CodeSystem/" + id, version, "Decompress" + id.replace("-", ""), id, "active",
                "en", null, true, "complete", concepts);
    }
}
