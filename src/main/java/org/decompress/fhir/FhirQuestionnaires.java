package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.language.Language;
import org.decompress.language.Messages;
import org.decompress.questionnaire.AnswerIs;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionGroup;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.Rating;

/**
 * The questionnaire (catalog/questionnaire.json) and the weekly check-in as FHIR R4 Questionnaires
 * (SDC style), generated from the same definition the pages and the JSON API use: groups as
 * {@code group} items, each question's id as its {@code linkId}, help as {@code display} items with
 * itemControl {@code help}, {@code enableWhen} for the follow-ups. The version is a digest of the
 * structure (items, types, options, bounds, conditions), the same in every language, so it changes
 * exactly when the questions do.
 *
 * <p>Each language has its own canonical URL: {@code decompress-intake} is the English form,
 * {@code decompress-intake-es} the Spanish one, at the same version (not {@code derivedFrom}: HAPI warns
 * that it cannot check a derivation without R5's derivationType). One {@code url|version} is then one text, as FHIR R4 (Resource Identity, 2.1.0) expects of a canonical.
 * Why not one canonical with the Spanish in the translation extension
 * ({@code http://hl7.org/fhir/StructureDefinition/translation} on {@code _text}): a response keeps the
 * text its form showed, and HAPI's validator (org.hl7.fhir.validation 6.7.9, QuestionnaireValidator)
 * requires a response item's {@code text} to equal the Questionnaire item's {@code text}, translations
 * ignored ({@code Questionnaire_QR_Item_Text}), so every response filled in on a Spanish form would be
 * an error against it; and LHC-Forms 40 does not read the translation extension, so a Spanish person
 * would be shown the English.
 */
public final class FhirQuestionnaires {

    public static final String INTAKE = "decompress-intake";
    public static final String CHECK_IN = "decompress-check-in";
    public static final String EXERCISE = "exercise";
    public static final String EXERCISE_ID = "exerciseId";
    public static final String VARIANT = "variant";
    public static final String STEP = "step";
    public static final String RATING = "rating";
    /** The code of "none of these" in a safety question's list: it stands for an empty list, never for a value of the answers. */
    public static final String NONE = "NONE";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FhirQuestionnaire(String resourceType, String id, String url, String version, String name, String title, String status,
            List<String> subjectType, String language, Fhir.Narrative text, List<Item> item) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String linkId, List<Fhir.Coding> code, String text, String type, Boolean required, Boolean repeats, List<EnableWhen> enableWhen,
            String enableBehavior, List<AnswerOption> answerOption, List<Fhir.Extension> extension, List<Item> item) {

        Item(String linkId, String text, String type, Boolean required, Boolean repeats, List<EnableWhen> enableWhen, String enableBehavior,
                List<AnswerOption> answerOption, List<Fhir.Extension> extension, List<Item> item) {
            this(linkId, STANDARD_CODES.get(linkId), text, type, required, repeats, enableWhen, enableBehavior, answerOption, extension, item);
        }
    }

    /**
     * The published codes of the questions that have one, the same in every form that asks them (FHIR R4
     * Questionnaire.item.code: "a terminology code that corresponds to this group or question"). Only a code
     * whose text was checked against LOINC's: 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] -
     * Reported", is the 0 to 10 pain score a person gives of themselves, which painLevel asks in the intake and
     * in the check-in. No other question has a LOINC code that means what it asks.
     */
    static final java.util.Map<String, List<Fhir.Coding>> STANDARD_CODES = java.util.Map.of("painLevel",
            List.of(new Fhir.Coding(Fhir.LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")));

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EnableWhen(String question, String operator, Fhir.Coding answerCoding) {
    }

    public record AnswerOption(Fhir.Coding valueCoding) {
    }

    private final String base;
    private final FhirCodeSystems codes;
    private final Language canonical;

    /** {@code canonical} is the language of the forms without a language in their id (the default language). */
    public FhirQuestionnaires(String base, FhirCodeSystems codes, Language canonical) {
        this.base = base;
        this.codes = codes;
        this.canonical = canonical;
    }

    public String url(String id) {
        return base + "/Questionnaire/" + id;
    }

    /** A form's id in a language: {@code decompress-intake} in the default language, {@code decompress-intake-es} in Spanish. */
    public String idOf(String form, Language language) {
        return language.tag().equals(canonical.tag()) ? form : form + "-" + language.tag();
    }

    /** The intake questionnaire in one language; {@code version} is {@link #versionOf} the same questionnaire in any language. */
    public FhirQuestionnaire intake(Questionnaire questionnaire, Language language, String version) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        List<Item> groups = new ArrayList<>();
        for (QuestionGroup group : questionnaire.groups()) {
            List<Item> items = new ArrayList<>();
            items.add(help(group.id(), group.help()));
            for (Question question : questionnaire.questionsIn(group.id())) {
                items.add(item(question, questionnaire));
            }
            groups.add(new Item(group.id(), group.title(), "group", null, null, null, null, null, null, items));
        }
        String id = idOf(INTAKE, language);
        return new FhirQuestionnaire("Questionnaire", id, url(id), version, "DecompressIntake", msg.questionnaire_title(), "active",
                List.of("Patient"), language.tag(), Narratives.ofItems(language, msg.questionnaire_title(), groups), groups);
    }

    /** The weekly check-in: how the last plan went, one repeating group per exercise. */
    public FhirQuestionnaire checkIn(Questionnaire questionnaire, Catalog catalog, Language language, String version) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        List<Item> items = new ArrayList<>();
        items.add(integer("week", msg.weeks_since_first_plan(), true, 1, CheckIn.MAX_WEEK));
        items.add(integer("painLevel", msg.pain_now(), true, 0, 10));
        items.add(integer("sessionsPerWeek", msg.sessions_a_week(), true, 0, CheckIn.MAX_SESSIONS));
        items.add(new Item("nextMorningWorse", msg.morning_after(), "boolean", true, null, null, null, null, null, null));
        items.add(new Item("legSymptomsSpreading", msg.legs_legend(), "boolean", true, null, null, null, null, null, null));
        questionnaire.question("redFlags").ifPresent(flags -> {
            String system = FhirCodeSystems.idOf(flags.id());
            List<AnswerOption> options = flags.options().stream().filter(QuestionOption::askedAtCheckIn)
                    .map(o -> new AnswerOption(codes.coding(system, o.value(), o.label()))).toList();
            items.add(new Item("redFlags", msg.flags_legend(), "choice", null, true, null, null, options,
                    List.of(Fhir.Extension.itemControl("check-box")), List.of(help("redFlags", msg.flags_help()))));
        });
        List<AnswerOption> overall = java.util.Arrays.stream(org.decompress.questionnaire.Overall.values())
                .map(o -> new AnswerOption(codes.coding(FhirCodeSystems.OVERALL, o.name(), FhirCodeSystems.overallOf(msg, o.name())))).toList();
        items.add(new Item("overall", msg.overall_legend(), "choice", true, null, null, null, overall,
                List.of(Fhir.Extension.itemControl("radio-button")), null));
        List<Exercise> planned = catalog.exercises().stream().filter(e -> e.progression() != null).toList();
        List<AnswerOption> exercises = planned.stream()
                .map(e -> new AnswerOption(codes.coding(FhirCodeSystems.EXERCISE, e.id(), e.name()))).toList();
        int topStep = planned.stream().mapToInt(e -> e.progression().steps().size()).max().orElse(1);
        List<AnswerOption> ratings = java.util.Arrays.stream(Rating.values())
                .map(r -> new AnswerOption(codes.coding(FhirCodeSystems.RATING, r.name(), FhirCodeSystems.ratingOf(msg, r.name())))).toList();
        List<Item> exercise = List.of(
                new Item(EXERCISE_ID, msg.fhir_exercise_id(), "choice", true, null, null, null, exercises, null, null),
                new Item(VARIANT, msg.fhir_variant(), "string", null, null, null, null, null, null, null),
                integer(STEP, msg.fhir_step(), true, 1, topStep),
                new Item(RATING, msg.fhir_rating(), "choice", true, null, null, null, ratings, List.of(Fhir.Extension.itemControl("radio-button")), null));
        items.add(new Item(EXERCISE, msg.fhir_exercise_group(), "group", null, true, null, null, null, null, exercise));
        String id = idOf(CHECK_IN, language);
        return new FhirQuestionnaire("Questionnaire", id, url(id), version, "DecompressCheckIn", msg.fhir_checkin_title(), "active",
                List.of("Patient"), language.tag(), Narratives.ofItems(language, msg.fhir_checkin_title(), items), items);
    }

    private Item item(Question question, Questionnaire questionnaire) {
        List<Fhir.Extension> extensions = new ArrayList<>();
        List<AnswerOption> options = null;
        String type = switch (question.type()) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case SINGLE_CHOICE, MULTI_CHOICE -> "choice";
        };
        if (question.type() == QuestionType.INTEGER) {
            bounds(extensions, question.min(), question.max());
        }
        if (question.options() != null && !question.options().isEmpty()) {
            String system = FhirCodeSystems.idOf(question.id());
            List<AnswerOption> all = new ArrayList<>(question.options().stream()
                    .map(o -> new AnswerOption(codes.coding(system, o.value(), o.label()))).toList());
            if (question.noneLabel() != null) {
                all.add(new AnswerOption(codes.coding(system, NONE, question.noneLabel())));
            }
            options = List.copyOf(all);
            extensions.add(Fhir.Extension.itemControl(question.type() == QuestionType.MULTI_CHOICE ? "check-box" : "radio-button"));
        }
        List<EnableWhen> enableWhen = null;
        if (question.followUp()) {
            enableWhen = new ArrayList<>();
            for (AnswerIs condition : question.askedWhen()) {
                Question asked = questionnaire.question(condition.question()).orElseThrow();
                String label = FhirCodeSystems.option(asked, condition.answer()).map(QuestionOption::label).orElse(condition.answer());
                enableWhen.add(new EnableWhen(condition.question(), "=", codes.coding(FhirCodeSystems.idOf(asked.id()), condition.answer(), label)));
            }
        }
        String text = question.unit() == null ? question.text() : question.text() + " (" + question.unit() + ")";
        // A safety question is required here: FHIR cannot tell "not asked" from "none", so none is an answer of its own.
        return new Item(question.id(), text, type, question.required() || question.safety() ? true : null,
                question.type() == QuestionType.MULTI_CHOICE ? true : null,
                enableWhen, enableWhen != null && enableWhen.size() > 1 ? "any" : null, options, extensions, List.of(help(question.id(), question.help())));
    }

    private static Item integer(String linkId, String text, boolean required, int min, int max) {
        List<Fhir.Extension> extensions = new ArrayList<>();
        bounds(extensions, min, max);
        return new Item(linkId, text, "integer", required ? true : null, null, null, null, null, extensions, null);
    }

    private static void bounds(List<Fhir.Extension> extensions, Integer min, Integer max) {
        if (min != null) {
            extensions.add(new Fhir.Extension(Fhir.MIN_VALUE, null, min));
        }
        if (max != null) {
            extensions.add(new Fhir.Extension(Fhir.MAX_VALUE, null, max));
        }
    }

    private static Item help(String of, String text) {
        return new Item(of + "-help", text, "display", null, null, null, null, null, List.of(Fhir.Extension.itemControl("help")), null);
    }

    /**
     * A digest of a questionnaire's structure: everything but its words. Taken of the default
     * language's form, whose version every translation shares.
     */
    public static String versionOf(FhirQuestionnaire questionnaire) {
        JsonNode tree = JSON.valueToTree(new FhirQuestionnaire(questionnaire.resourceType(), questionnaire.id(), questionnaire.url(), null,
                questionnaire.name(), null, questionnaire.status(), questionnaire.subjectType(), null, null, questionnaire.item()));
        withoutWords(tree);
        return Digest.version(tree);
    }

    private static void withoutWords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("text", "display", "title"));
        }
        node.forEach(FhirQuestionnaires::withoutWords);
    }
}
