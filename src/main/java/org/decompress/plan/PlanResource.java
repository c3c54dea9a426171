package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Negotiated;
import org.decompress.questionnaire.Answers;
import org.decompress.config.OpenApiExamples;

@Path("/api/plans")
@Tag(name = "Plans", description = "Answers in, an explained plan out")
public class PlanResource {

    private final PlanService plans;
    private final Languages languages;

    public PlanResource(PlanService plans, Languages languages) {
        this.plans = plans;
        this.languages = languages;
    }

    @POST
    @Operation(summary = "Work out a plan from a person's answers",
            description = "Screens for red flags, rules out what is unsafe, chooses 1-3 exercises, puts the cooldown after each "
                    + "and adds the disclaimers. Every choice and exclusion names the rule that made it. Nothing is stored.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json",
            examples = {
                @ExampleObject(name = "shoulder and arched back", value = OpenApiExamples.ANSWERS_SHOULDER_AND_ARCHED_BACK),
                @ExampleObject(name = "red flag", value = OpenApiExamples.ANSWERS_RED_FLAG)}))
    @APIResponse(responseCode = "200", description = "The plan (status PLAN) or a referral (status REFER), in the language of Accept-Language "
            + "(English when the service does not speak it; Content-Language says which). Ids, codes and rule names are never translated. "
            + "The Decompress-Rules header is the SHA-256 fingerprint of the rule set that made it, as the FHIR $plan's Provenance names it.",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = RuledPlan.HEADER,
                    description = "The SHA-256 fingerprint (hex) of the rule files that made the plan"),
            content = @Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Plan.class)))
    @APIResponse(responseCode = "400", description = "Bad answers: each bad field is named",
            content = @Content(mediaType = "application/problem+json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = org.decompress.problem.Problem.class),
                    examples = @ExampleObject(name = "missing pain level", value = OpenApiExamples.PROBLEM)))
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KiB")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // A plan is pure computation over the answers (no I/O, a few hundred microseconds), so it runs on
    // the I/O thread: the body is then read there whole, instead of a worker thread reading it through
    // a blocking stream fed by the I/O thread, a hand-over that cost more CPU than the rules (JFR under
    // load, issue 22; BENCHMARKS.md).
    @NonBlocking
    public Response create(@NotNull(message = "field.must-be-object") @Valid Answers answers, @Context HttpHeaders headers) {
        Language language = languages.resolve(null, headers.getAcceptableLanguages());
        RuledPlan made = plans.ruled(answers, language);
        return Negotiated.in(language, Response.ok(made.plan())).header(RuledPlan.HEADER, made.rules()).build();
    }
}
