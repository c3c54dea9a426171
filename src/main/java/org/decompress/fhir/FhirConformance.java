package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What the FHIR face of the service is: its CapabilityStatement and the {@code $plan} OperationDefinition. */
public final class FhirConformance {

    static final String DATE = "2026-12-01";

    private FhirConformance() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CapabilityStatement(String resourceType, Fhir.Narrative text, String url, String version, String name, String title, String status, String date,
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
    public record OperationDefinition(String resourceType, String id, Fhir.Narrative text, String url, String version, String name, String title, String status,
            String kind, String date, String description, Boolean affectsState, String code, List<String> resource, boolean system, boolean type,
            boolean instance, List<Parameter> parameter) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Parameter(String name, String use, int min, String max, String documentation, String type) {
    }

    static CapabilityStatement capabilityStatement(String base, String version) {
        List<Interaction> read = List.of(new Interaction("read"));
        String title = "Decompress: safe at-home spinal decompression exercises";
        String description = "The questionnaire and the weekly check-in as Questionnaires, the code systems they and the plans use, maps "
                + "from the answers about a person's health to SNOMED CT, and $plan: a "
                + "QuestionnaireResponse in, a CarePlan (or, for a referral, a ServiceRequest) out. Nothing is stored.";
        Rest rest = new Rest("server", "Read-only resources and one operation; no search, no storage.", List.of(
                new RestResource("Questionnaire", read, null),
                new RestResource("CodeSystem", read, null),
                new RestResource("ConceptMap", read, null),
                new RestResource("OperationDefinition", read, null),
                new RestResource("StructureDefinition", read, null),
                new RestResource("QuestionnaireResponse", null, List.of(new Operation("plan", base + "/OperationDefinition/plan")))));
        List<String> offered = rest.resource().stream().map(r -> r.type() + ": " + String.join(", ", java.util.stream.Stream.concat(
                r.interaction() == null ? java.util.stream.Stream.<String>empty() : r.interaction().stream().map(Interaction::code),
                r.operation() == null ? java.util.stream.Stream.<String>empty() : r.operation().stream().map(o -> "$" + o.name())).toList())).toList();
        return new CapabilityStatement("CapabilityStatement", Narratives.of(null, title, List.of(description, rest.documentation()), offered),
                base + "/CapabilityStatement/decompress", version, "DecompressCapabilities", title, "active", DATE, "Decompress", description,
                "instance", new Software("Decompress", version), new Implementation(title), Fhir.VERSION, List.of("json"), List.of(rest));
    }

    static OperationDefinition operationDefinition(String base, String version) {
        String title = "Plan safe home exercises from a QuestionnaireResponse";
        String description = "Reads the responses as a Parameters body, one response part each: the QuestionnaireResponse to " + base
                + "/Questionnaire/decompress-intake first, then the responses to the check-in questionnaire, oldest first. The intake's "
                + "response alone may also be the body itself, and all of them a Bundle (type collection) in the same order. Answers a "
                + "Bundle (type collection) with a CarePlan, or with a ServiceRequest when the person should be seen instead. Bad "
                + "input gets an OperationOutcome.";
        List<Parameter> parameters = List.of(
                new Parameter("response", "in", 1, "*", "The intake's QuestionnaireResponse first, then the check-ins' responses, "
                        + "oldest first", "QuestionnaireResponse"),
                new Parameter("return", "out", 1, "1", "A collection Bundle with the CarePlan or the ServiceRequest", "Bundle"));
        List<String> said = parameters.stream().map(p -> p.name() + " (" + p.use() + ", " + p.min() + ".." + p.max() + ", " + p.type() + "): "
                + p.documentation()).toList();
        return new OperationDefinition("OperationDefinition", "plan", Narratives.of(null, title, List.of(description), said), base + "/OperationDefinition/plan",
                version, "Plan", title, "active", "operation", DATE, description, false, "plan", List.of("QuestionnaireResponse"), false, true, false,
                parameters);
    }
}
