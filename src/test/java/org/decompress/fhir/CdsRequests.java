package org.decompress.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.decompress.questionnaire.Answers;

/** CDS Hooks requests as a clinical system sends them: patient-view for Patient/p-123, the intake's response prefetched as a search. */
final class CdsRequests {

    static final String PATIENT = "p-123";

    private CdsRequests() {
    }

    static ObjectNode request(FhirResponsesFor responses, Answers answers, String authored) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("hook", "patient-view").put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        request.putObject("context").put("userId", "Practitioner/example").put("patientId", PATIENT);
        ObjectNode intake = responses.intake(answers).put("authored", authored);
        ObjectNode search = request.putObject("prefetch").putObject("intake").put("resourceType", "Bundle").put("type", "searchset");
        search.putArray("entry").addObject().set("resource", intake);
        return request;
    }
}
