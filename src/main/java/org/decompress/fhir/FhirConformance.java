package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What the FHIR face of the service is: its CapabilityStatement and the {@code $plan} OperationDefinition. */
public final class FhirConformance {

    static final String DATE = "2026-12-01";

    private FhirConformance() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CapabilityStatement(String resourceType, String url, String version, String name, String title, String status, String date,
            String publisher, String description, String kind, Software software, Implementation implementation, String fhirVersion,
            List<String> format, List<Rest> rest) {
    }

    /** This running service (its address depends on where it is deployed, so it is not given). */
    public record Implementation(String description) {
    }

    public record Software(String name, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Rest(String mode, String documentation, List<RestResource> resource) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RestResource(String type, List<Interaction> interaction, List<Operation> operation) {
    }

    public record Interaction(String code) {
    }

    public record Operation(String name, String definition) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OperationDefinition(String resourceType, String id, String url, String version, String name, String title, String status,
            String kind, String date, String description, Boolean affectsState, String code, List<String> resource, boolean system, boolean type,
            boolean instance, List<Parameter> parameter) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Parameter(String name, String use, int min, String max, String documentation, String type) {
    }

    static CapabilityStatement capabilityStatement(String base, String version) {
        List<Interaction> read = List.of(new Interaction("read"));
        return new CapabilityStatement("CapabilityStatement", base + "/CapabilityStatement/decompress", version, "DecompressCapabilities",
                "Decompress: safe at-home spinal decompression exercises", "active", DATE, "Decompress",
                "The questionnaire and the weekly check-in as Questionnaires, the code systems they and the plans use, and $plan: a "
                        + "QuestionnaireResponse in, a CarePlan (or, for a referral, a ServiceRequest) out. Nothing is stored.",
                "instance", new Software("Decompress", version), new Implementation("Decompress: safe at-home spinal decompression exercises"),
                Fhir.VERSION, List.of("json"),
                List.of(new Rest("server", "Read-only resources and one operation; no search, no storage.", List.of(
                        new RestResource("Questionnaire", read, null),
                        new RestResource("CodeSystem", read, null),
                        new RestResource("OperationDefinition", read, null),
                        new RestResource("QuestionnaireResponse", null, List.of(new Operation("plan", base + "/OperationDefinition/plan")))))));
    }

    static OperationDefinition operationDefinition(String base, String version) {
        return new OperationDefinition("OperationDefinition", "plan", base + "/OperationDefinition/plan", version, "Plan",
                "Plan safe home exercises from a QuestionnaireResponse", "active", "operation", DATE,
                "Reads the responses as a Parameters body, one response part each: the QuestionnaireResponse to " + base
                        + "/Questionnaire/decompress-intake first, then the responses to the check-in questionnaire, oldest first. The intake's "
                        + "response alone may also be the body itself, and all of them a Bundle (type collection) in the same order. Answers a "
                        + "Bundle (type collection) with a CarePlan, or with a ServiceRequest when the person should be seen instead. Bad input "
                        + "gets an OperationOutcome.",
                false, "plan", List.of("QuestionnaireResponse"), false, true, false, List.of(
                        new Parameter("response", "in", 1, "*", "The intake's QuestionnaireResponse first, then the check-ins' responses, "
                                + "oldest first", "QuestionnaireResponse"),
                        new Parameter("return", "out", 1, "1", "A collection Bundle with the CarePlan or the ServiceRequest", "Bundle")));
    }
}
