package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;

/**
 * A CDS Hooks 2.0 request as a clinical system sends it ("Calling a CDS Service", HTTP Request):
 * {@code hook} (this service's), {@code hookInstance} and {@code context.patientId} are required; the
 * prefetch may be missing or empty ("no data": the service answers no card, it never fetches). Every
 * prefetched QuestionnaireResponse must be about the patient in context ({@code subject}
 * {@code Patient/<patientId>}, relative or absolute): one about anyone else, or about no one, is
 * refused, never used nor silently skipped, since a wrong prefetch is the clinical system's fault to
 * fix.
 */
final class CdsRequestReader {

    /** What the request asks, or its problems. {@code intake} is empty when the prefetch holds none (no data). */
    record Read(List<FhirResponses.Issue> issues, String patientId, Optional<JsonNode> intake, List<JsonNode> checkIns) {
    }

    private final String hook;
    private final ContentWords texts;

    CdsRequestReader(String hook, ContentWords texts) {
        this.hook = hook;
        this.texts = texts;
    }

    Read read(JsonNode request) {
        List<FhirResponses.Issue> issues = new ArrayList<>();
        if (request == null || !request.isObject()) {
            return new Read(List.of(new FhirResponses.Issue("invalid", null, texts.format(Wording.of("cds.not-json")))), "", Optional.empty(), List.of());
        }
        if (!hook.equals(request.path("hook").asText(null))) {
            issues.add(new FhirResponses.Issue(request.hasNonNull("hook") ? "value" : "required", "hook",
                    texts.format(Wording.of("cds.hook").with("hook", hook))));
        }
        required(request.path("hookInstance"), "hookInstance", issues);
        required(request.path("context").path("patientId"), "context.patientId", issues);
        if (!issues.isEmpty()) {
            return new Read(issues, "", Optional.empty(), List.of());
        }
        String patient = request.path("context").path("patientId").asText();
        JsonNode prefetch = request.path("prefetch");
        List<JsonNode> intakes = responses(prefetch.path("intake"), "prefetch.intake", patient, issues);
        List<JsonNode> checkIns = responses(prefetch.path("checkIns"), "prefetch.checkIns", patient, issues);
        return new Read(issues, patient, intakes.stream().findFirst(), checkIns);
    }

    private void required(JsonNode value, String field, List<FhirResponses.Issue> issues) {
        if (!value.isTextual() || value.asText().isBlank()) {
            issues.add(new FhirResponses.Issue("required", field, texts.format(Wording.of("cds.required").with("field", field))));
        }
    }

    /** The completed or amended responses of a prefetch (a search Bundle, or the resource itself), latest first. */
    private List<JsonNode> responses(JsonNode prefetched, String where, String patient, List<FhirResponses.Issue> issues) {
        List<JsonNode> found = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if ("Bundle".equals(prefetched.path("resourceType").asText())) {
            JsonNode entries = prefetched.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                found.add(entries.get(i).path("resource"));
                paths.add(where + ".entry[" + i + "].resource");
            }
        } else if (prefetched.isObject()) {
            found.add(prefetched);
            paths.add(where);
        }
        List<JsonNode> responses = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            JsonNode resource = found.get(i);
            // A search may carry other resources (an OperationOutcome with search mode "outcome"): only responses are read.
            if (!"QuestionnaireResponse".equals(resource.path("resourceType").asText())) {
                continue;
            }
            if (!Fhir.sameSubject(resource.path("subject"), "Patient/" + patient)) {
                issues.add(new FhirResponses.Issue("business-rule", paths.get(i) + ".subject", texts.format(Wording.of("cds.other-patient"))));
            } else if (List.of("completed", "amended").contains(resource.path("status").asText())) {
                responses.add(resource);
            }
        }
        responses.sort(Comparator.comparing((JsonNode r) -> r.path("authored").asText("")).reversed());
        return responses;
    }
}
