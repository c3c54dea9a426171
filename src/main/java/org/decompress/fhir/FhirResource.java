package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Negotiated;
import org.decompress.language.Wording;
import org.decompress.problem.OperationOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.decompress.config.OpenApiExamples;

/**
 * The FHIR R4 face of the service: conformance, the Questionnaires and CodeSystems (words in the
 * language of Accept-Language), and {@code $plan}. Bad input gets a 400 with an OperationOutcome whose
 * issues name the item; nothing about the answers is logged or stored.
 */
@Path("/fhir")
@Produces({Fhir.JSON, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4", description = "The questionnaire and the plan in the language of clinical systems")
public class FhirResource {

    private final FhirService fhir;
    private final FhirForms forms;
    private final FhirTerminology terminology;
    private final Languages languages;
    private final ObjectMapper json;

    public FhirResource(FhirService fhir, FhirForms forms, FhirTerminology terminology, Languages languages, ObjectMapper json) {
        this.fhir = fhir;
        this.forms = forms;
        this.terminology = terminology;
        this.languages = languages;
        this.json = json;
    }

    @GET
    @Path("metadata")
    @Operation(summary = "The CapabilityStatement", description = "What this FHIR server offers: read the Questionnaires, CodeSystems, "
            + "ConceptMaps, the OperationDefinition and the StructureDefinition of its extension, and $plan on QuestionnaireResponse.")
    @APIResponse(responseCode = "200", description = "An R4 CapabilityStatement", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "capabilities", value = OpenApiExamples.FHIR_CAPABILITY_STATEMENT)))
    public Response metadata() {
        // Its descriptions are for implementers, in English.
        return negotiated(Response.ok(fhir.capabilityStatement()), languages.defaultLanguage());
    }

    @GET
    @Path("Questionnaire/{id}")
    @Operation(summary = "A Questionnaire", description = "decompress-intake (the questions) or decompress-check-in (how the last plan went), "
            + "generated from catalog/questionnaire.json, in English; each other language's form has its own id and canonical URL "
            + "(decompress-intake-es), named in a Link header (rel=alternate, hreflang).")
    @APIResponse(responseCode = "200", description = "An R4 Questionnaire", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "intake", value = OpenApiExamples.FHIR_QUESTIONNAIRE)))
    @APIResponse(responseCode = "404", description = "No such Questionnaire: an OperationOutcome")
    public Response questionnaire(@PathParam("id") String id, @Context HttpHeaders headers) {
        // A read gives the resource with that id, whatever the Accept-Language: one url|version, one text. The
        // forms in the other languages are named in Link headers, so a client can pick the one its person reads.
        return forms.questionnaire(id).map(q -> {
            Response.ResponseBuilder ok = Response.ok(q);
            forms.translationsOf(q).forEach(t -> ok.header("Link", "<" + t.url() + ">; rel=\"alternate\"; hreflang=\"" + t.language() + "\""));
            return negotiated(ok, languages.find(q.language()).orElse(languages.defaultLanguage()));
        }).orElseGet(() -> notFound("Questionnaire/" + id, languageOf(headers)));
    }

    @GET
    @Path("CodeSystem/{id}")
    @Operation(summary = "A CodeSystem", description = "The codes of the answers (red-flag, condition, bending-effect, blood-pressure-control, "
            + "equipment), of the check-in (rating, overall), of the exercises and their forms, of the urgencies and of the rules. One resource "
            + "per url|version whatever Accept-Language says: English displays, each other language's words as designations.")
    @APIResponse(responseCode = "200", description = "An R4 CodeSystem", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "ratings", value = OpenApiExamples.FHIR_CODE_SYSTEM)))
    @APIResponse(responseCode = "404", description = "No such CodeSystem: an OperationOutcome")
    public Response codeSystem(@PathParam("id") String id, @Context HttpHeaders headers) {
        // One url|version, one resource (FhirCodeSystems): its language is the default one, the others are in its designations.
        return terminology.codeSystem(id).map(s -> negotiated(Response.ok(s), languages.defaultLanguage()))
                .orElseGet(() -> notFound("CodeSystem/" + id, languageOf(headers)));
    }

    @GET
    @Path("ConceptMap/{id}")
    @Operation(summary = "A ConceptMap to SNOMED CT", description = "The answers about a person's health mapped to SNOMED CT, one map per "
            + "CodeSystem: red-flag-to-snomed, condition-to-snomed, leg-symptoms-to-snomed, heart-condition-stable-to-snomed, "
            + "blood-pressure-control-to-snomed. Each concept's id and term as found together in the public source its comment names; a code "
            + "with no fitting concept is unmatched, with why. One resource whatever Accept-Language says.")
    @APIResponse(responseCode = "200", description = "An R4 ConceptMap", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "red flags", value = OpenApiExamples.FHIR_CONCEPT_MAP)))
    @APIResponse(responseCode = "404", description = "No such ConceptMap: an OperationOutcome")
    public Response conceptMap(@PathParam("id") String id, @Context HttpHeaders headers) {
        return terminology.conceptMap(id).map(m -> negotiated(Response.ok(m), languages.defaultLanguage()))
                .orElseGet(() -> notFound("ConceptMap/" + id, languageOf(headers)));
    }

    @GET
    @Path("StructureDefinition/{id}")
    @Operation(summary = "A StructureDefinition", description = "exercise-variant: the extension on a CarePlan activity's detail that gives "
            + "the form of the exercise its code names (a code from the exercise-variant CodeSystem).")
    @APIResponse(responseCode = "200", description = "An R4 StructureDefinition", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "exercise-variant", value = OpenApiExamples.FHIR_STRUCTURE_DEFINITION)))
    @APIResponse(responseCode = "404", description = "No such StructureDefinition: an OperationOutcome")
    public Response structureDefinition(@PathParam("id") String id, @Context HttpHeaders headers) {
        // Like the other conformance resources, for implementers, in English.
        return fhir.structureDefinition(id).map(d -> negotiated(Response.ok(d), languages.defaultLanguage()))
                .orElseGet(() -> notFound("StructureDefinition/" + id, languageOf(headers)));
    }

    @GET
    @Path("OperationDefinition/plan")
    @Operation(summary = "The $plan OperationDefinition")
    @APIResponse(responseCode = "200", description = "An R4 OperationDefinition", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "plan", value = OpenApiExamples.FHIR_OPERATION_DEFINITION)))
    public Response operationDefinition() {
        return negotiated(Response.ok(fhir.operationDefinition()), languages.defaultLanguage());
    }

    @POST
    @Path("QuestionnaireResponse/{operation}")
    // Any media type: what is not FHIR JSON gets an OperationOutcome saying so, not a bare 415.
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Plan from a QuestionnaireResponse", description = "The body is a Parameters with one response part per "
            + "QuestionnaireResponse (the intake's first, then the check-ins', oldest first), or the intake's QuestionnaireResponse alone, or a "
            + "Bundle (type collection) with it first and the check-ins' responses after it, oldest first. The answer is a Bundle (type "
            + "collection) with a CarePlan, or a ServiceRequest when the person should be seen instead; its words follow Accept-Language.")
    @RequestBody(required = true, content = @Content(mediaType = Fhir.JSON, examples = @ExampleObject(name = "response", value = OpenApiExamples.FHIR_PLAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "A collection Bundle with the CarePlan or the ServiceRequest", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "plan", value = OpenApiExamples.FHIR_PLAN_BUNDLE)))
    @APIResponse(responseCode = "400", description = "An OperationOutcome naming each problem's item", content = @Content(mediaType = Fhir.JSON,
            examples = @ExampleObject(name = "missing", value = OpenApiExamples.FHIR_PLAN_MISSING_ANSWER)))
    public Response plan(@PathParam("operation") String operation, String body, @Context HttpHeaders headers) {
        Language language = languageOf(headers);
        // Matched as a parameter: a client may send the operation's $ escaped (%24plan).
        if (!"$plan".equals(operation)) {
            return notFound("QuestionnaireResponse/" + operation, language);
        }
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (java.io.IOException e) {
            tree = null;
        }
        FhirService.Outcome outcome = fhir.plan(tree, language);
        if (outcome.bundle().isPresent()) {
            return negotiated(Response.ok(outcome.bundle().get()), language);
        }
        return negotiated(Response.status(Response.Status.BAD_REQUEST).entity(outcome.problems().get()), language);
    }

    private Response notFound(String what, Language language) {
        String said = languages.contentWords(language).format(Wording.of("problem.not-found.detail"));
        return negotiated(Response.status(Response.Status.NOT_FOUND).entity(OperationOutcome.of("not-found", what + ": " + said, language)), language);
    }

    private Language languageOf(HttpHeaders headers) {
        return languages.resolve(null, headers.getAcceptableLanguages());
    }

    private static Response negotiated(Response.ResponseBuilder response, Language language) {
        return fhirJson(Negotiated.in(language, response));
    }

    private static Response fhirJson(Response.ResponseBuilder response) {
        return response.type(Fhir.JSON + ";charset=UTF-8").build();
    }
}
