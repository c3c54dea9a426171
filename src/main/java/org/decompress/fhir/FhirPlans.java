package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.decompress.catalog.Dose;
import org.decompress.language.Language;
import org.decompress.language.Messages;
import org.decompress.language.ContentWords;
import org.decompress.plan.CooldownItem;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.plan.RuledPlan;
import org.decompress.plan.RuleReason;
import org.decompress.recommendation.Urgency;
import org.decompress.page.PageSentences;

/**
 * A plan as FHIR R4: a collection Bundle holding a {@code CarePlan} (status active, intent proposal:
 * one activity per exercise and per cooldown in the plan's order, its code the exercise and its form,
 * when the plan gives one, an element of its own ({@link ExerciseVariant}), every ruled-out exercise as an
 * activity not to perform, each with the rules and their words as its reasons; the disclaimers,
 * warnings and notes as notes), or, for a referral, a {@code ServiceRequest} (intent proposal, its
 * priority from the urgency) and no CarePlan. The same plan, the same decisions: only the shape differs.
 * Either says when it was made, by which Decompress (a contained Device with its version) and from
 * which QuestionnaireResponse, so an EHR can trace it.
 */
public final class FhirPlans {

    static final Fhir.Coding EXERCISE_THERAPY = new Fhir.Coding(Fhir.SNOMED, "229065009", "Exercise therapy");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Bundle(String resourceType, String type, List<Entry> entry) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entry(String fullUrl, Object resource) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CarePlan(String resourceType, String language, Fhir.Narrative text, List<Device> contained, String status, String intent,
            List<Fhir.CodeableConcept> category, String title, Fhir.Reference subject, String created, Fhir.Reference author,
            List<Fhir.Reference> supportingInfo, List<Activity> activity, List<Fhir.Annotation> note) {
    }

    /**
     * Decompress itself, as the author of what it proposes (FHIR R4 Device: {@code deviceName},
     * {@code version}); contained in the resource it wrote, so the resource travels with its author.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Device(String resourceType, String id, Fhir.Narrative text, List<DeviceName> deviceName, List<DeviceVersion> version) {

        static Device decompress(String version) {
            return new Device("Device", AUTHOR_ID, Narratives.of(null, NAME, List.of(version), List.of()), List.of(new DeviceName(NAME, "user-friendly-name")),
                    List.of(new DeviceVersion(version)));
        }
    }

    /**
     * How the plan was made (FHIR R4 Provenance, 6.3): its {@code target} the CarePlan or ServiceRequest,
     * {@code recorded} when, {@code agent} Decompress (a contained Device with its version), {@code entity}
     * the responses it was made from (role {@code source}; those with an id), and {@code policy} the rule
     * set: "policy or plan the activity was defined by", a URI, here the rule files' SHA-256 as an RFC 6920
     * {@code nih:} name (section 7), the same hex the JSON API sends as its Decompress-Rules header.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Provenance(String resourceType, String language, Fhir.Narrative text, List<Device> contained, List<Fhir.Reference> target,
            String recorded, List<String> policy, List<Agent> agent, List<ProvenanceEntity> entity) {
    }

    public record Agent(Fhir.Reference who) {
    }

    public record ProvenanceEntity(String role, Fhir.Reference what) {
    }

    /** The rule set's fingerprint as a {@code Provenance.policy} URI: an RFC 6920 human-readable hash name. */
    public static String policyOf(String rulesFingerprint) {
        return "nih:sha-256;" + rulesFingerprint;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DeviceName(String name, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DeviceVersion(String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Activity(Detail detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Detail(List<Fhir.Extension> extension, String kind, Fhir.CodeableConcept code, List<Fhir.CodeableConcept> reasonCode, String status, Boolean doNotPerform,
            Timing scheduledTiming, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Timing(Repeat repeat) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Repeat(Integer frequency, Integer period, String periodUnit) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ServiceRequest(String resourceType, String language, Fhir.Narrative text, List<Device> contained, String status, String intent, String priority,
            Fhir.CodeableConcept code, Fhir.Reference subject, String authoredOn, Fhir.Reference requester, List<Fhir.CodeableConcept> reasonCode,
            List<Fhir.Reference> supportingInfo, List<Fhir.Annotation> note) {
    }

    /**
     * Where a plan came from, for {@code supportingInfo}: the intake response by its id when it has
     * one; else nothing. A response without an id is not carried in the Bundle to be pointed at: its
     * items and texts are the sender's (a form filler may write texts of its own, which a validator
     * then reports as errors in our Bundle), so the service returns only what it made.
     */
    public record Source(Fhir.Reference reference, List<Fhir.Reference> responses) {

        static final Source NONE = new Source(null, List.of());

        /** The intake response {@code intake}, as the plan's source. */
        public static Source of(JsonNode intake) {
            if (intake == null || !intake.isObject()) {
                return NONE;
            }
            if (intake.path("id").isTextual() && !intake.path("id").asText().isBlank()) {
                Fhir.Reference reference = referenceTo(intake);
                return new Source(reference, List.of(reference));
            }
            return NONE;
        }

        /** The intake response {@code responses[0]} as the plan's source, and every one of them with an id as what it was made from. */
        public static Source of(List<JsonNode> responses) {
            Source intake = responses.isEmpty() ? NONE : of(responses.get(0));
            return new Source(intake.reference(), responses.stream().filter(r -> r.isObject() && r.path("id").isTextual() && !r.path("id").asText().isBlank())
                    .map(Source::referenceTo).toList());
        }

        private static Fhir.Reference referenceTo(JsonNode response) {
            return new Fhir.Reference("QuestionnaireResponse/" + response.path("id").asText(), null);
        }

        List<Fhir.Reference> references() {
            return reference == null ? List.of() : List.of(reference);
        }
    }

    static final String NAME = "Decompress";
    static final String AUTHOR_ID = "decompress";
    private static final Fhir.Reference AUTHOR = new Fhir.Reference("#" + AUTHOR_ID, NAME);

    private final FhirCodeSystems codes;
    private final ExerciseVariant forms;
    private final List<Device> author;
    private final Clock clock;

    /** {@code version}: Decompress's own version, which the author Device names. */
    public FhirPlans(FhirCodeSystems codes, ExerciseVariant forms, String version, Clock clock) {
        this.codes = codes;
        this.forms = forms;
        this.author = List.of(Device.decompress(version));
        this.clock = clock;
    }

    /**
     * The plan (or referral) for {@code subject} (the response's subject, or a display of who answered),
     * made from the response {@code source}.
     */
    public Bundle bundle(RuledPlan made, Fhir.Reference subject, Source source, Language language, ContentWords texts) {
        String now = now();
        Object resource = resource(made.plan(), subject, source, now, language, texts);
        String fullUrl = "urn:uuid:" + idOf(resource);
        Provenance provenance = provenance(fullUrl, made.rules(), source, now, language);
        return new Bundle("Bundle", "collection", List.of(new Entry(fullUrl, resource), new Entry("urn:uuid:" + idOf(provenance), provenance)));
    }

    private Provenance provenance(String target, String rules, Source source, String now, Language language) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        String version = author.get(0).version().get(0).value();
        Fhir.Narrative text = Narratives.of(language, msg.fhir_provenance_title(), List.of(msg.fhir_provenance_made(NAME, version, now, rules)),
                source.responses().stream().map(Fhir.Reference::reference).toList());
        return new Provenance("Provenance", language.tag(), text, author, List.of(new Fhir.Reference(target, null)), now, List.of(policyOf(rules)),
                List.of(new Agent(AUTHOR)), source.responses().stream().map(r -> new ProvenanceEntity("source", r)).toList());
    }

    /** The resource a CDS Hooks suggestion creates: the CarePlan or the ServiceRequest, standing alone. */
    public Object resourceOf(Plan plan, Fhir.Reference subject, Source source, Language language, ContentWords texts) {
        return resource(plan, subject, source, now(), language, texts);
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private Object resource(Plan plan, Fhir.Reference subject, Source source, String now, Language language, ContentWords texts) {
        return plan.status() == PlanStatus.REFER ? serviceRequest(plan, subject, source, now, language)
                : carePlan(plan, subject, source, now, language, texts);
    }

    static Fhir.Reference someone(Language language) {
        return new Fhir.Reference(null, MessageBundles.get(Messages.class, Localized.Literal.of(language.tag())).fhir_subject());
    }

    private CarePlan carePlan(Plan plan, Fhir.Reference subject, Source source, String now, Language language, ContentWords texts) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        PageSentences words = PageSentences.of(language, texts);
        List<Activity> activities = new ArrayList<>();
        for (PlanExercise exercise : plan.exercises()) {
            activities.add(new Activity(new Detail(form(exercise.id(), exercise.variant(), exercise.variantName()), null,
                    exerciseCode(exercise.id(), exercise.name()), reasons(exercise.reasons()), "not-started", null, timing(exercise.dose()),
                    named(exercise.name(), exercise.variantName()) + ": " + words.dose(exercise.dose()) + ". " + words.step(exercise) + ". "
                            + exercise.summary())));
            CooldownItem cooldown = exercise.cooldown();
            if (cooldown != null) {
                List<RuleReason> why = new ArrayList<>(cooldown.reasons());
                activities.add(new Activity(new Detail(form(cooldown.id(), cooldown.variant(), cooldown.variantName()), null,
                        exerciseCode(cooldown.id(), cooldown.name()), reasonsWithRule(cooldown.rule(), why), "not-started", null, timing(cooldown.dose()),
                        msg.fhir_then_cooldown(named(cooldown.name(), cooldown.variantName())) + ": " + words.dose(cooldown.dose()) + ".")));
            }
        }
        for (ExcludedExercise out : plan.excluded()) {
            activities.add(new Activity(new Detail(List.of(), null, exerciseCode(out.id(), out.name()), reasons(out.reasons()), "not-started", true,
                    null, out.name())));
        }
        List<Fhir.Annotation> notes = new ArrayList<>();
        plan.warnings().forEach(w -> notes.add(new Fhir.Annotation(w.text())));
        plan.notes().forEach(n -> notes.add(new Fhir.Annotation(n.text())));
        plan.disclaimers().forEach(d -> notes.add(new Fhir.Annotation(d)));
        notes.add(new Fhir.Annotation(plan.source()));
        List<String> todo = new ArrayList<>();
        List<String> notToDo = new ArrayList<>();
        activities.forEach(a -> (Boolean.TRUE.equals(a.detail().doNotPerform()) ? notToDo : todo).add(a.detail().description()));
        Fhir.Narrative text = Narratives.of(language, msg.fhir_careplan_title(), todo, msg.cds_ruled_out(), notToDo, notes.stream().map(Fhir.Annotation::text).toList());
        return new CarePlan("CarePlan", language.tag(), text, author, "active", "proposal",
                List.of(new Fhir.CodeableConcept(List.of(EXERCISE_THERAPY), msg.fhir_exercise_therapy())), msg.fhir_careplan_title(), subject, now, AUTHOR,
                source.references(), activities, notes);
    }

    private ServiceRequest serviceRequest(Plan plan, Fhir.Reference subject, Source source, String now, Language language) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        Urgency urgency = plan.referral().urgency();
        List<Fhir.Annotation> notes = new ArrayList<>();
        notes.add(new Fhir.Annotation(plan.referral().advice()));
        plan.disclaimers().forEach(d -> notes.add(new Fhir.Annotation(d)));
        Fhir.CodeableConcept code = new Fhir.CodeableConcept(List.of(codes.coding(FhirCodeSystems.URGENCY, urgency.name(),
                FhirCodeSystems.urgencyOf(msg, urgency.name()))), FhirCodeSystems.urgencyOf(msg, urgency.name()));
        // FHIR R4 ServiceRequest names its time authoredOn and its author requester.
        List<Fhir.CodeableConcept> reasons = reasonsWithRule(plan.referral().rule(), plan.referral().reasons());
        Fhir.Narrative text = Narratives.of(language, code.text(), reasons.stream().map(r -> r.text() != null ? r.text() : r.coding().get(0).display()).toList(),
                null, List.of(), notes.stream().map(Fhir.Annotation::text).toList());
        return new ServiceRequest("ServiceRequest", language.tag(), text, author, "draft", "proposal", priorityOf(urgency), code, subject, now, AUTHOR,
                reasons, source.references(), notes);
    }

    /** FHIR's request priority for an urgency: see a physiotherapist (routine) to get help now (stat). */
    public static String priorityOf(Urgency urgency) {
        return switch (urgency) {
            case ROUTINE -> "routine";
            case SOON -> "urgent";
            case URGENT -> "asap";
            case EMERGENCY -> "stat";
        };
    }

    /** The exercise alone: its form, when the plan gives one, is an element of its own ({@link #form}). */
    private Fhir.CodeableConcept exerciseCode(String id, String name) {
        return new Fhir.CodeableConcept(List.of(codes.coding(FhirCodeSystems.EXERCISE, id, name)), name);
    }

    /** An exercise's name with its form's, for the activity's description: what the narrative, which an EHR shows as it is, lists. */
    private static String named(String name, String variantName) {
        return variantName == null ? name : name + " (" + variantName + ")";
    }

    private List<Fhir.Extension> form(String exercise, String variant, String variantName) {
        return variant == null ? List.of() : List.of(forms.of(exercise, variant, variantName));
    }

    private List<Fhir.CodeableConcept> reasons(List<RuleReason> reasons) {
        return reasons.stream().map(r -> new Fhir.CodeableConcept(List.of(codes.coding(FhirCodeSystems.RULE, FhirCodeSystems.ruleCode(r.rule()), r.rule())),
                r.text())).toList();
    }

    /** The reasons, with the rule that put it there first when it says nothing of its own. */
    private List<Fhir.CodeableConcept> reasonsWithRule(String rule, List<RuleReason> reasons) {
        List<Fhir.CodeableConcept> all = new ArrayList<>();
        if (rule != null && reasons.stream().noneMatch(r -> r.rule().equals(rule))) {
            all.add(new Fhir.CodeableConcept(List.of(codes.coding(FhirCodeSystems.RULE, FhirCodeSystems.ruleCode(rule), rule)), null));
        }
        all.addAll(reasons(reasons));
        return all;
    }

    private static Timing timing(Dose dose) {
        return dose.timesADay() == null ? null : new Timing(new Repeat(dose.timesADay(), 1, "d"));
    }

    /** The same resource always gets the same id, whenever it was made: nothing random in an answer. */
    private static UUID idOf(Object resource) {
        ObjectNode tree = JSON.valueToTree(resource);
        tree.remove(List.of("created", "authoredOn", "recorded"));
        return UUID.nameUUIDFromBytes(tree.toString().getBytes(StandardCharsets.UTF_8));
    }
}
