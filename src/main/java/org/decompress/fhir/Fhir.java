package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The FHIR R4 data types Decompress writes, as plain records: JSON in, JSON out, no FHIR library at
 * run time (the HAPI validator checks them in the tests). Null fields and empty lists are left out,
 * as FHIR requires.
 */
public final class Fhir {

    public static final String VERSION = "4.0.1";
    public static final String JSON = "application/fhir+json";
    public static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    public static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    public static final String LOINC = "http://loinc.org";
    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public static final String SNOMED = "http://snomed.info/sct";

    private Fhir() {
    }

    /** A literal reference's {@code Type/id}, relative or absolute, with or without {@code _history} (FHIR R4, References, 2.3.0.1). */
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile(
            "(?:^|/)([A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64})(?:/_history/[A-Za-z0-9\\-.]{1,64})?$");

    /**
     * Who a resource's {@code subject} names, comparable between resources: {@code Patient/123} for
     * {@code Patient/123}, {@code https://ehr.example/fhir/Patient/123} and {@code Patient/123/_history/2};
     * any other subject as its JSON; none as the empty string.
     */
    static String subjectKey(com.fasterxml.jackson.databind.JsonNode subject) {
        if (subject == null || subject.isMissingNode() || subject.isNull()) {
            return "";
        }
        java.util.regex.Matcher literal = LITERAL.matcher(subject.path("reference").asText(""));
        return literal.find() ? literal.group(1) : subject.toString();
    }

    /** Whether a {@code subject} names exactly this {@code Type/id}. */
    static boolean sameSubject(com.fasterxml.jackson.databind.JsonNode subject, String typeAndId) {
        return subjectKey(subject).equals(typeAndId);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Coding(String system, String code, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CodeableConcept(List<Coding> coding, String text) {

        static CodeableConcept of(Coding coding) {
            return new CodeableConcept(List.of(coding), null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Extension(String url, CodeableConcept valueCodeableConcept, Integer valueInteger) {

        static Extension itemControl(String code) {
            return new Extension(ITEM_CONTROL, CodeableConcept.of(new Coding(ITEM_CONTROL_SYSTEM, code, null)), null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Reference(String reference, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Annotation(String text) {
    }

    /** FHIR R4 Narrative: its status and the XHTML div. */
    public record Narrative(String status, String div) {
    }
}
