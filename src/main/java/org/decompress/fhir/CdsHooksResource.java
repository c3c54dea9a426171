package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.decompress.config.DecompressConfig;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Messages;
import org.decompress.language.Negotiated;
import org.decompress.language.Wording;
import org.decompress.plan.CooldownItem;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.plan.RuleReason;
import org.decompress.problem.OperationOutcome;
import org.decompress.questionnaire.Answers;
import org.decompress.engine.RuleText;
import org.decompress.recommendation.Urgency;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.decompress.config.OpenApiExamples;

/**
 * CDS Hooks 2.0: one service on {@code patient-view}. The clinical system sends, prefetched, the
 * patient's latest completed intake response and its check-ins; the service answers one card: the
 * plan ({@code info}) or a referral ({@code warning} to see a doctor soon, {@code critical} today or
 * now; {@code info} to see a physiotherapist), with a suggestion that creates the CarePlan or the
 * ServiceRequest. It never calls the clinical system back, stores nothing, and puts no answer in a URL.
 */
@Path("/cds-services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CDS Hooks", description = "Decision support cards for clinical systems")
public class CdsHooksResource {

    public static final String SERVICE = "decompress-plan";
    static final String HOOK = "patient-view";
    static final int SUMMARY = 140;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Card(String uuid, String summary, String indicator, String detail, Source source, List<Suggestion> suggestions,
            String selectionBehavior, List<Link> links) {
    }

    /** CDS Hooks 2.0, Link: an absolute URL for the clinician to open; here, the rule book's entry for a rule behind the card. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Link(String label, String url, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Suggestion(String label, String uuid, Boolean isRecommended, List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Action(String type, String description, Object resource) {
    }

    private final FhirService fhir;
    private final FhirForms forms;
    private final Languages languages;
    private final ObjectMapper json;
    private final CdsClientTrust trust;
    private final java.util.Optional<String> site;

    public CdsHooksResource(FhirService fhir, FhirForms forms, Languages languages, ObjectMapper json, CdsClientTrust trust, DecompressConfig config) {
        this.fhir = fhir;
        this.forms = forms;
        this.languages = languages;
        this.json = json;
        this.trust = trust;
        // The service's own root, from the public URL of /cds-services: the rule book is at <root>/rules.
        this.site = config.cds().baseUrl().map(u -> u.replaceAll("/+$", "").replaceAll("/[^/]*$", ""));
    }

    @GET
    @Operation(summary = "CDS Hooks discovery", description = "One service, hook patient-view, with the prefetch it needs.")
    @APIResponse(responseCode = "200", description = "The services", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "discovery", value = OpenApiExamples.CDS_DISCOVERY)))
    public Response discovery() {
        String intake = forms.intake(languages.defaultLanguage()).url();
        // A response answers the form in the language its patient read: each language's form has its own URL.
        String intakes = String.join(",", forms.intakes().stream().map(FhirQuestionnaires.FhirQuestionnaire::url).toList());
        String checkIns = String.join(",", forms.checkIns().stream().map(FhirQuestionnaires.FhirQuestionnaire::url).toList());
        Map<String, Object> service = new java.util.LinkedHashMap<>();
        service.put("hook", HOOK);
        service.put("id", SERVICE);
        service.put("title", "Decompress: safe home exercises for the lower back");
        service.put("description", "From the patient's latest completed Decompress questionnaire (and its check-ins): 1-3 safe at-home spinal "
                + "decompression exercises with the cooldown after each and why, or whom to see instead and how soon.");
        service.put("prefetch", Map.of(
                "intake", "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=" + intakes + "&status=completed,amended&_sort=-authored&_count=1",
                "checkIns", "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=" + checkIns
                        + "&status=completed,amended&_sort=-authored&_count=12"));
        service.put("usageRequirements", "The patient answers the questionnaire at " + intake + " in a portal; nothing is stored by this service.");
        return Response.ok(Map.of("services", List.of(service))).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call the service", description = "Reads the prefetched intake response and check-ins; answers one card, or no card "
            + "when the prefetch holds no intake response (the service never fetches).")
    @APIResponse(responseCode = "200", description = "The cards", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "plan", value = OpenApiExamples.CDS_CARDS)))
    @APIResponse(responseCode = "400", description = "Not a CDS Hooks request for this service (hook, hookInstance, context.patientId), a prefetched "
            + "response about another patient, or prefetched responses that are not valid: an OperationOutcome")
    @APIResponse(responseCode = "401", description = "The request carries no token of a trusted CDS client, or its token is refused: an OperationOutcome with the reason")
    @APIResponse(responseCode = "404", description = "No such service")
    public Response call(@PathParam("id") String id, String body, @Context HttpHeaders headers, @Context jakarta.ws.rs.core.UriInfo uri) {
        Language language = languages.resolve(null, headers.getAcceptableLanguages());
        if (!SERVICE.equals(id)) {
            return Negotiated.in(language, Response.status(Response.Status.NOT_FOUND).entity(OperationOutcome.of("not-found",
                    languages.contentWords(language).format(Wording.of("problem.not-found.detail")), language))).build();
        }
        java.util.Optional<CdsClientTrust.Refusal> refusal = trust.refusal(headers.getHeaderString(HttpHeaders.AUTHORIZATION), id);
        if (refusal.isPresent()) {
            return refused(refusal.get(), language);
        }
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (java.io.IOException e) {
            tree = null;
        }
        CdsRequestReader.Read request = new CdsRequestReader(HOOK, languages.contentWords(language)).read(tree);
        if (!request.issues().isEmpty()) {
            return badRequest(request.issues(), language);
        }
        if (request.intake().isEmpty()) {
            // CDS Hooks 2.0: a service with nothing to say answers an empty array of cards.
            return Negotiated.ok(Map.of("cards", List.of()), language);
        }
        JsonNode intake = request.intake().get();
        List<JsonNode> checkIns = new ArrayList<>(request.checkIns());
        String since = intake.path("authored").asText("");
        checkIns.removeIf(c -> !since.isEmpty() && c.path("authored").asText("").compareTo(since) < 0);
        checkIns.sort(Comparator.comparing(c -> c.path("authored").asText("")));
        ObjectNode bundle = JsonNodeFactory.instance.objectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        entries.addObject().set("resource", intake);
        checkIns.stream().skip(Math.max(0, checkIns.size() - org.decompress.questionnaire.CheckIn.MAX_CHECK_INS))
                .forEach(c -> entries.addObject().set("resource", c));
        FhirResponses.Read read = fhir.read(bundle, language);
        if (read.answers().isEmpty()) {
            return badRequest(read.issues(), language);
        }
        Fhir.Reference subject = new Fhir.Reference("Patient/" + request.patientId(), null);
        String root = site.orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", ""));
        return Negotiated.ok(Map.of("cards", List.of(card(read.answers().get(), intake, subject, language, root))), language);
    }

    private static Response badRequest(List<FhirResponses.Issue> issues, Language language) {
        return Negotiated.in(language, Response.status(Response.Status.BAD_REQUEST).entity(FhirResponses.Issue.outcome(issues, language))).build();
    }

    /** 401 (RFC 6750: with a Bearer challenge) or 503, with the one-line reason as an OperationOutcome; nothing about the keys. */
    private Response refused(CdsClientTrust.Refusal refusal, Language language) {
        String reason = languages.contentWords(language).format(refusal.reason());
        Response.ResponseBuilder answer = Response.status(refusal.status())
                .entity(OperationOutcome.of(refusal.status() == 401 ? "login" : "transient", reason, language));
        if (refusal.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cds-services\"");
        }
        return Negotiated.in(language, answer).build();
    }

    private Card card(Answers answers, JsonNode intake, Fhir.Reference subject, Language language, String root) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        Plan plan = fhir.planOf(answers, language);
        Object resource = fhir.resourceOf(plan, subject, FhirPlans.Source.of(intake), language);
        String summary;
        String indicator;
        StringBuilder detail = new StringBuilder();
        String label;
        if (plan.status() == PlanStatus.REFER) {
            Urgency urgency = plan.referral().urgency();
            summary = msg.cds_summary_referral(switch (urgency) {
                case EMERGENCY -> msg.cds_urgency_EMERGENCY();
                case URGENT -> msg.cds_urgency_URGENT();
                case SOON -> msg.cds_urgency_SOON();
                case ROUTINE -> msg.cds_urgency_ROUTINE();
            }, titleOf(decisive(plan.referral()), language));
            indicator = switch (urgency) {
                case EMERGENCY, URGENT -> "critical";
                case SOON -> "warning";
                case ROUTINE -> "info";
            };
            detail.append(plan.referral().advice()).append("\n\n**").append(msg.cds_why()).append("**\n\n");
            plan.referral().reasons().forEach(r -> detail.append("- ").append(said(r)).append('\n'));
            label = msg.cds_propose_referral();
        } else {
            summary = msg.cds_plan_summary(plan.exercises().size(), String.join(", ", plan.exercises().stream().map(this::nameOf).toList()));
            indicator = "info";
            detail.append("**").append(msg.cds_exercises()).append("**\n\n");
            int n = 1;
            for (PlanExercise exercise : plan.exercises()) {
                detail.append(n++).append(". **").append(nameOf(exercise)).append("**");
                exercise.reasons().forEach(r -> detail.append("\n   - ").append(said(r)));
                CooldownItem cooldown = exercise.cooldown();
                if (cooldown != null) {
                    detail.append("\n   - ").append(msg.fhir_then_cooldown(cooldown.variantName() == null ? cooldown.name()
                            : cooldown.name() + " (" + cooldown.variantName() + ")"));
                }
                detail.append('\n');
            }
            if (!plan.excluded().isEmpty()) {
                detail.append("\n**").append(msg.cds_ruled_out()).append("**\n\n");
                for (ExcludedExercise out : plan.excluded()) {
                    detail.append("- ").append(out.name()).append(": ").append(out.reasons().isEmpty() ? "" : said(out.reasons().get(0))).append('\n');
                }
            }
            plan.warnings().forEach(w -> detail.append("\n> ").append(w.text()).append('\n'));
            label = msg.cds_propose_plan();
        }
        detail.append("\n**").append(msg.cds_patient_said()).append("**\n\n");
        new PatientWords(json.valueToTree(forms.intake(language)), msg).of(intake).forEach(line -> detail.append("- ").append(line).append('\n'));
        detail.append('\n');
        plan.disclaimers().forEach(d -> detail.append("_").append(d).append("_\n\n"));
        Action create = new Action("create", label, resource);
        // CDS Hooks 2.0, Card: uuid identifies this card (and suggestion) for feedback; a new one on every call.
        return new Card(UUID.randomUUID().toString(), shorten(summary), indicator, detail.toString().trim(), new Source(msg.cds_source()),
                List.of(new Suggestion(label, UUID.randomUUID().toString(), true, List.of(create))), "at-most-one",
                links(plan, language, root));
    }

    /**
     * The rule book's entries for the rules that made the decision: the referral's, or each exercise's
     * and each exclusion's, titled and opened in the card's language (a card in another language than
     * the default names it, {@code ?lang=es}, since the clinician's browser may ask for another). No
     * answer is in a URL.
     */
    private List<Link> links(Plan plan, Language language, String root) {
        java.util.Set<String> rules = new java.util.LinkedHashSet<>();
        if (plan.status() == PlanStatus.REFER) {
            rules.add(plan.referral().rule());
            plan.referral().reasons().forEach(r -> rules.add(r.rule()));
        } else {
            plan.exercises().forEach(e -> e.reasons().forEach(r -> rules.add(r.rule())));
            plan.excluded().forEach(e -> e.reasons().forEach(r -> rules.add(r.rule())));
        }
        return rules.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> new Link(titleOf(r, language), root + (language.equals(languages.defaultLanguage()) ? RuleText.bookPath(r)
                        : RuleText.bookPath(r, language)), "absolute")).toList();
    }

    /** The rule that made the referral: its first reason's (a red flag, say), rather than the generic rule that wraps every referral of its urgency. */
    private static String decisive(org.decompress.plan.ReferralAdvice referral) {
        return referral.reasons().isEmpty() ? referral.rule() : referral.reasons().get(0).rule();
    }

    private String titleOf(String rule, Language language) {
        return languages.contentWords(language).format(Wording.titleOf(rule));
    }

    private String nameOf(PlanExercise exercise) {
        return exercise.variantName() == null ? exercise.name() : exercise.name() + " (" + exercise.variantName() + ")";
    }

    private static String said(RuleReason reason) {
        return reason.text() + " (" + reason.rule() + ")";
    }

    /** A summary under 140 characters, as CDS Hooks asks. */
    static String shorten(String summary) {
        return summary.length() < SUMMARY ? summary : summary.substring(0, SUMMARY - 2).strip() + "…";
    }

}
