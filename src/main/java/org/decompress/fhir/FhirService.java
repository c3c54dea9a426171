package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import java.util.Optional;
import org.decompress.catalog.Catalogs;
import org.decompress.config.DecompressConfig;
import org.decompress.engine.RuleBase;
import org.decompress.fhir.FhirCodeSystems.CodeSystem;
import org.decompress.fhir.FhirQuestionnaires.FhirQuestionnaire;
import org.decompress.language.InEveryLanguage;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanService;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Questionnaires;
import org.decompress.engine.RuleText;

/**
 * Decompress in FHIR R4: its Questionnaires and CodeSystems in every language, its conformance
 * resources, and {@code $plan}: a QuestionnaireResponse (or a Bundle with the check-ins' responses)
 * in, the plan as a CarePlan or a ServiceRequest out. The plan is the same {@link PlanService} plan
 * as the JSON API's; FHIR is only a way in and a way out.
 */
@ApplicationScoped
public class FhirService {

    /** What {@code $plan} answers: a Bundle, or the problems with the request. */
    public record Outcome(Optional<FhirPlans.Bundle> bundle, Optional<OperationOutcome> problems) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OperationOutcome(String resourceType, Fhir.Narrative text, List<OutcomeIssue> issue) {

        OperationOutcome(List<OutcomeIssue> issue) {
            this("OperationOutcome", Narratives.of(null, null, List.of(), issue.stream().map(i -> i.diagnostics() != null ? i.diagnostics() : i.code()).toList()),
                    issue);
        }

        static OperationOutcome of(List<FhirResponses.Issue> issues) {
            return new OperationOutcome(issues.stream()
                    .map(i -> new OutcomeIssue("error", i.code(), i.diagnostics(), i.expression() == null ? null : List.of(i.expression()))).toList());
        }

        static OperationOutcome notFound(String diagnostics) {
            return of("not-found", diagnostics);
        }

        static OperationOutcome of(String code, String diagnostics) {
            return new OperationOutcome(List.of(new OutcomeIssue("error", code, diagnostics, null)));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OutcomeIssue(String severity, String code, String diagnostics, List<String> expression) {
    }

    private final String base;
    private final Languages languages;
    private final Catalogs catalogs;
    private final Questionnaires questionnaires;
    private final RuleBase ruleBase;
    private final PlanService plans;
    private final Validator validator;
    private final FhirCodeSystems codes;
    private final FhirQuestionnaires forms;
    private final FhirPlans carePlans;
    private final String intakeVersion;
    private final String checkInVersion;
    private final InEveryLanguage<FhirQuestionnaire> intakes;
    private final InEveryLanguage<FhirQuestionnaire> checkIns;
    private final java.util.Map<String, String> codeSystemVersions;
    private final PublishedVersions published = PublishedVersions.fromClasspath();

    public FhirService(DecompressConfig config, Languages languages, Catalogs catalogs, Questionnaires questionnaires, RuleBase ruleBase,
            PlanService plans, Validator validator, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.base = config.fhir().canonicalBase().replaceAll("/$", "");
        this.languages = languages;
        this.catalogs = catalogs;
        this.questionnaires = questionnaires;
        this.ruleBase = ruleBase;
        this.plans = plans;
        this.validator = validator;
        this.codes = new FhirCodeSystems(base);
        this.forms = new FhirQuestionnaires(base, codes, languages.defaultLanguage());
        this.carePlans = new FhirPlans(codes, version, java.time.Clock.systemUTC());
        Language english = languages.defaultLanguage();
        this.intakeVersion = FhirQuestionnaires.versionOf(forms.intake(questionnaires.in(english), english, null));
        this.checkInVersion = FhirQuestionnaires.versionOf(forms.checkIn(questionnaires.in(english), catalogs.in(english), english, null));
        this.intakes = InEveryLanguage.of(languages, words -> forms.intake(questionnaires.in(words.language()), words.language(), intakeVersion));
        this.checkIns = InEveryLanguage.of(languages, words -> forms.checkIn(questionnaires.in(words.language()), catalogs.in(words.language()),
                words.language(), checkInVersion));
        this.codeSystemVersions = FhirCodeSystems.versionsOf(codes.unversioned(words(), ruleNames()));
    }

    public String base() {
        return base;
    }

    /**
     * A Questionnaire by its id: each language's form has its own ({@code decompress-intake},
     * {@code decompress-intake-es}); a test's pseudo-language answers when asked for, as it does on the pages.
     */
    public Optional<FhirQuestionnaire> questionnaire(String id) {
        return java.util.stream.Stream.concat(inEveryLanguage(intakes, languages.tags()).stream(),
                inEveryLanguage(checkIns, languages.tags()).stream()).filter(q -> q.id().equals(id)).findFirst();
    }

    /** The intake versions the service has published, whose responses it still reads when their questions mean the same. */
    public PublishedVersions published() {
        return published;
    }

    /** The same form in the other languages the service offers: the intake's for an intake, the check-in's for a check-in. */
    public List<FhirQuestionnaire> translationsOf(FhirQuestionnaire form) {
        List<FhirQuestionnaire> all = form.name().equals(intakes.inDefaultLanguage().name()) ? intakes() : checkIns();
        return all.stream().filter(f -> !f.id().equals(form.id())).toList();
    }

    /** The intake in every language the service offers, the default language's first. */
    public List<FhirQuestionnaire> intakes() {
        return inEveryLanguage(intakes, offered());
    }

    /** The check-in in every language the service offers, the default language's first. */
    public List<FhirQuestionnaire> checkIns() {
        return inEveryLanguage(checkIns, offered());
    }

    private java.util.Set<String> offered() {
        return languages.listed().stream().map(Language::tag).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private List<FhirQuestionnaire> inEveryLanguage(InEveryLanguage<FhirQuestionnaire> forms, java.util.Set<String> tags) {
        java.util.LinkedHashSet<FhirQuestionnaire> all = new java.util.LinkedHashSet<>();
        all.add(forms.inDefaultLanguage());
        tags.forEach(tag -> all.add(forms.in(languages.find(tag).orElseThrow())));
        return List.copyOf(all);
    }

    /** The intake's canonical reference, url|version, as a response names it. */
    public String intakeCanonical() {
        return intakes.inDefaultLanguage().url() + "|" + intakeVersion;
    }

    public String checkInCanonical() {
        return checkIns.inDefaultLanguage().url() + "|" + checkInVersion;
    }

    public FhirQuestionnaire intake(Language language) {
        return intakes.in(language);
    }

    public FhirQuestionnaire checkIn(Language language) {
        return checkIns.in(language);
    }

    /** Every CodeSystem: one per url|version, the same whatever the language asked for (see {@link FhirCodeSystems}). */
    public List<CodeSystem> codeSystems() {
        return codes.all(words(), ruleNames(), codeSystemVersions::get);
    }

    /** The words of every language offered, the default language's first: what the CodeSystems' designations come from. */
    public List<FhirCodeSystems.Words> words() {
        List<Language> all = new java.util.ArrayList<>(List.of(languages.defaultLanguage()));
        languages.listed().stream().filter(l -> !l.tag().equals(languages.defaultLanguage().tag())).forEach(all::add);
        return all.stream().map(l -> new FhirCodeSystems.Words(l, questionnaires.in(l), catalogs.in(l))).toList();
    }

    private List<String> ruleNames() {
        return RuleText.of(ruleBase.ruleFiles()).stream().map(RuleText::name).toList();
    }

    public Optional<CodeSystem> codeSystem(String id) {
        return codeSystems().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public FhirConformance.CapabilityStatement capabilityStatement() {
        return FhirConformance.capabilityStatement(base, intakeVersion);
    }

    public FhirConformance.OperationDefinition operationDefinition() {
        return FhirConformance.operationDefinition(base, intakeVersion);
    }

    /** The answers a response (or a Bundle of responses) gives, or what is wrong with it, said in {@code language}. */
    public FhirResponses.Read read(JsonNode body, Language language) {
        return new FhirResponses(inEveryLanguage(intakes, languages.tags()), inEveryLanguage(checkIns, languages.tags()), published,
                languages.contentWords(language), validator).read(body);
    }

    /** {@code $plan}: the plan for the response(s) in the body, as a Bundle in {@code language}. */
    public Outcome plan(JsonNode body, Language language) {
        FhirResponses.Read read = read(body, language);
        if (read.answers().isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(OperationOutcome.of(read.issues())));
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
