package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.decompress.questionnaire.Answers;

/** CDS Hooks requests as a clinical system sends them: patient-view for Patient/p-123, the intake's response prefetched as a search. */
final class CdsRequests {

    static final String PATIENT = "p-123";

    private CdsRequests() {
    }

    static ObjectNode request(FhirResponsesFor responses, Answers answers, String authored) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("hook", "patient-view").put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        request.putObject("context").put("userId", "Practitioner/example").put("patientId", PATIENT);
        ObjectNode intake = about(responses.intake(answers).put("authored", authored));
        ObjectNode search = request.putObject("prefetch").putObject("intake").put("resourceType", "Bundle").put("type", "searchset");
        search.putArray("entry").addObject().set("resource", intake);
        return request;
    }

    /** The response as the clinical system has it: about the patient in context. */
    static ObjectNode about(ObjectNode response) {
        response.putObject("subject").put("reference", "Patient/" + PATIENT);
        return response;
    }

    /**
     * The response as an EHR stores it: an id, {@code meta} (version, time, source, profile, tags),
     * an identifier, the author and encounter, and a generated narrative listing each question's
     * text (from the Questionnaire) with its answer, as FHIR servers render a QuestionnaireResponse.
     */
    static ObjectNode stored(ObjectNode response, JsonNode questionnaire, int n) {
        Map<String, String> texts = new HashMap<>();
        collectTexts(questionnaire.path("item"), texts);
        response.put("id", "qr-" + n + "-5f1c2b8e-7d0a-4c3e-9b6f-2a1d3e4f5a6b");
        ObjectNode meta = response.putObject("meta").put("versionId", "3").put("lastUpdated", "2026-11-30T08:00:0" + (n % 10) + ".123+00:00")
                .put("source", "#ehr-portal-7f3a9c2e");
        meta.putArray("profile").add("http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse");
        meta.putArray("tag").addObject().put("system", "https://ehr.clinic.example/fhir/CodeSystem/origin").put("code", "patient-portal")
                .put("display", "Entered by the patient in the portal");
        meta.putArray("security").addObject().put("system", "http://terminology.hl7.org/CodeSystem/v3-Confidentiality").put("code", "N");
        response.putObject("identifier").put("system", "https://ehr.clinic.example/questionnaire-responses").put("value", "QR-2026-" + (100000 + n));
        response.putObject("author").put("reference", "Patient/" + PATIENT).put("display", "Alex Example");
        response.putObject("encounter").put("reference", "Encounter/enc-" + n);
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><h3>")
                .append(questionnaire.path("title").asText()).append("</h3><table class=\"grid\"><tr><th>Question</th><th>Answer</th></tr>");
        render(response.path("item"), texts, div);
        response.putObject("text").put("status", "generated").put("div", div.append("</table></div>").toString());
        return response;
    }

    private static void collectTexts(JsonNode items, Map<String, String> texts) {
        items.forEach(item -> {
            texts.put(item.path("linkId").asText(), item.path("text").asText(""));
            collectTexts(item.path("item"), texts);
        });
    }

    private static void render(JsonNode items, Map<String, String> texts, StringBuilder div) {
        items.forEach(item -> {
            div.append("<tr><td>").append(texts.getOrDefault(item.path("linkId").asText(), "")).append("</td><td>");
            item.path("answer").forEach(a -> a.fields().forEachRemaining(f -> div.append(f.getValue().isObject()
                    ? f.getValue().path("display").asText(f.getValue().path("code").asText()) : f.getValue().asText()).append("; ")));
            div.append("</td></tr>");
            render(item.path("item"), texts, div);
        });
    }
}
