package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import java.util.Optional;
import org.decompress.config.DecompressConfig;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanService;
import org.decompress.problem.OperationOutcome;
import org.decompress.questionnaire.Answers;

/**
 * {@code $plan} in FHIR R4: a QuestionnaireResponse (or a Bundle or Parameters with the check-ins'
 * responses) in, the plan as a CarePlan or a ServiceRequest out, and the conformance resources that
 * describe it. The plan is the same {@link PlanService} plan as the JSON API's; FHIR is only a way in
 * and a way out. The forms are {@link FhirForms}', the code systems {@link FhirTerminology}'s.
 */
@ApplicationScoped
public class FhirService {

    /** What {@code $plan} answers: a Bundle, or the problems with the request (the same OperationOutcome as every error on /fhir). */
    public record Outcome(Optional<FhirPlans.Bundle> bundle, Optional<OperationOutcome> problems) {
    }

    private final String base;
    private final Languages languages;
    private final PlanService plans;
    private final Validator validator;
    private final FhirForms forms;
    private final FhirPlans carePlans;
    private final ExerciseVariant exerciseVariant;

    public FhirService(DecompressConfig config, Languages languages, PlanService plans, Validator validator, FhirForms forms,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.base = config.fhir().canonicalBase().replaceAll("/$", "");
        this.languages = languages;
        this.plans = plans;
        this.validator = validator;
        this.forms = forms;
        FhirCodeSystems codes = new FhirCodeSystems(base);
        this.exerciseVariant = new ExerciseVariant(base, codes);
        this.carePlans = new FhirPlans(codes, exerciseVariant, version, java.time.Clock.systemUTC());
    }

    public String base() {
        return base;
    }

    public FhirConformance.CapabilityStatement capabilityStatement() {
        return FhirConformance.capabilityStatement(base, forms.intakes().get(0).version());
    }

    /** The StructureDefinitions of the service's own extensions, by id: the exercise's form. */
    public Optional<ExerciseVariant.StructureDefinition> structureDefinition(String id) {
        return ExerciseVariant.ID.equals(id) ? Optional.of(exerciseVariant.definition()) : Optional.empty();
    }

    public FhirConformance.OperationDefinition operationDefinition() {
        return FhirConformance.operationDefinition(base, forms.intakes().get(0).version());
    }

    /** The answers a response (or a Bundle of responses) gives, or what is wrong with it, said in {@code language}. */
    public FhirResponses.Read read(JsonNode body, Language language) {
        return new FhirResponses(forms.everyIntake(), forms.everyCheckIn(), forms.published(), forms.publishedCheckIns(),
                languages.contentWords(language), validator).read(body);
    }

    /** {@code $plan}: the plan for the response(s) in the body, as a Bundle in {@code language}. */
    public Outcome plan(JsonNode body, Language language) {
        FhirResponses.Read read = read(body, language);
        if (read.answers().isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(FhirResponses.Issue.outcome(read.issues(), language)));
        }
        List<JsonNode> responses = responsesOf(body);
        JsonNode intake = responses.get(0);
        return new Outcome(Optional.of(bundle(read.answers().get(), subjectOf(intake, language), FhirPlans.Source.of(responses), language)),
                Optional.empty());
    }

    public FhirPlans.Bundle bundle(Answers answers, Fhir.Reference subject, FhirPlans.Source source, Language language) {
        return carePlans.bundle(plans.ruled(answers, language), subject, source, language, languages.contentWords(language));
    }

    public Plan planOf(Answers answers, Language language) {
        return plans.plan(answers, language);
    }

    public Object resourceOf(Plan plan, Fhir.Reference subject, FhirPlans.Source source, Language language) {
        return carePlans.resourceOf(plan, subject, source, language, languages.contentWords(language));
    }

    /** The responses in a request, the intake's first: the resource, the Bundle's entries or the {@code response} parts. */
    private static List<JsonNode> responsesOf(JsonNode body) {
        List<JsonNode> responses = new java.util.ArrayList<>();
        switch (body.path("resourceType").asText()) {
            case "Bundle" -> body.path("entry").forEach(e -> responses.add(e.path("resource")));
            case "Parameters" -> body.path("parameter").forEach(p -> responses.add(p.path("resource")));
            default -> responses.add(body);
        }
        return responses.isEmpty() ? List.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance()) : responses;
    }

    /** Who the plan is for: the intake response's subject, else who answered, in words. */
    private static Fhir.Reference subjectOf(JsonNode intake, Language language) {
        JsonNode subject = intake.path("subject");
        if (subject.isObject() && (subject.hasNonNull("reference") || subject.hasNonNull("display"))) {
            return new Fhir.Reference(subject.path("reference").isTextual() ? subject.path("reference").asText() : null,
                    subject.path("display").isTextual() ? subject.path("display").asText() : null);
        }
        return FhirPlans.someone(language);
    }
}
