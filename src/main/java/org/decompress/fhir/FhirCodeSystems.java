package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Variant;
import org.decompress.engine.RuleText;
import org.decompress.language.Language;
import org.decompress.language.Messages;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.Rating;
import org.decompress.recommendation.Urgency;

/**
 * The service's own code systems, one per set of codes the Questionnaires and the plan use: each
 * choice question's answers (named after the answers' type: {@code RedFlag} is {@code red-flag}),
 * the exercises and their forms, the check-in's ratings and "all in all", the urgencies and the
 * rules. Displays are in the language asked for; codes never change with it. Each code system's
 * version is a digest of its own concepts in every language ({@link #versionsOf}), so it changes
 * exactly when that code system does: a new rule changes {@code rule}, never {@code red-flag}.
 */
public final class FhirCodeSystems {

    public static final String EXERCISE = "exercise";
    public static final String RULE = "rule";
    public static final String RATING = "rating";
    public static final String OVERALL = "overall";
    public static final String URGENCY = "urgency";

    /** A CodeSystem resource. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CodeSystem(String resourceType, String id, String url, String version, String name, String title, String status,
            String language, Fhir.Narrative text, Boolean caseSensitive, String content, List<Concept> concept) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Concept(String code, String display, String definition, List<Concept> concept) {
    }

    private final String base;

    public FhirCodeSystems(String base) {
        this.base = base;
    }

    public String url(String id) {
        return base + "/CodeSystem/" + id;
    }

    /** The code system of a choice question's answers: named after the type of its field in the answers ({@code BendingEffect}: {@code bending-effect}). */
    public static String idOf(String questionId) {
        for (RecordComponent field : Answers.class.getRecordComponents()) {
            if (field.getName().equals(questionId)) {
                Type type = field.getGenericType();
                Class<?> values = type instanceof ParameterizedType list ? (Class<?>) list.getActualTypeArguments()[0] : field.getType();
                return kebab(values.getSimpleName());
            }
        }
        throw new IllegalArgumentException(questionId + " is not a field of the answers");
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    public Fhir.Coding coding(String system, String code, String display) {
        return new Fhir.Coding(url(system), code, display);
    }

    /** Every code system, in {@code language}, each with its version from {@code versions} (by id). */
    public List<CodeSystem> all(Questionnaire questionnaire, Catalog catalog, List<String> rules, Language language,
            java.util.function.Function<String, String> versions) {
        return unversioned(questionnaire, catalog, rules, language).stream()
                .map(s -> new CodeSystem(s.resourceType(), s.id(), s.url(), versions.apply(s.id()), s.name(), s.title(), s.status(), s.language(),
                        s.text(), s.caseSensitive(), s.content(), s.concept()))
                .toList();
    }

    /**
     * Each code system's version: a digest of its concepts (codes, displays, definitions, nesting) in
     * every language given, so it changes when its own content changes in any language, and only then.
     */
    public static Map<String, String> versionsOf(List<List<CodeSystem>> inEveryLanguage) {
        Map<String, List<List<Concept>>> concepts = new LinkedHashMap<>();
        for (List<CodeSystem> systems : inEveryLanguage) {
            systems.forEach(s -> concepts.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.concept()));
        }
        Map<String, String> versions = new LinkedHashMap<>();
        concepts.forEach((id, all) -> versions.put(id, Digest.version(all)));
        return versions;
    }

    /** Every code system in {@code language}, without its version: what {@link #versionsOf} digests. */
    public List<CodeSystem> unversioned(Questionnaire questionnaire, Catalog catalog, List<String> rules, Language language) {
        String version = null;
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.options() != null && !question.options().isEmpty()) {
                String id = idOf(question.id());
                List<Concept> concepts = new ArrayList<>(question.options().stream().map(o -> concept(o.value(), o.label())).toList());
                if (question.noneLabel() != null) {
                    concepts.add(concept(FhirQuestionnaires.NONE, question.noneLabel()));
                }
                systems.putIfAbsent(id, system(id, question.text(), language, version, concepts));
            }
        }
        systems.put(EXERCISE, system(EXERCISE, msg.fhir_exercise_therapy(), language, version, exercises(catalog)));
        systems.put(RATING, system(RATING, msg.fhir_rating(), language, version, enumConcepts(Rating.values(), code -> ratingOf(msg, code))));
        systems.put(OVERALL, system(OVERALL, msg.overall_legend(), language, version, enumConcepts(Overall.values(), code -> overallOf(msg, code))));
        systems.put(URGENCY, system(URGENCY, msg.fhir_referral_title(), language, version, enumConcepts(Urgency.values(), code -> urgencyOf(msg, code))));
        systems.put(RULE, system(RULE, "Decompress rules", language, version,
                rules.stream().map(rule -> concept(ruleCode(rule), rule)).toList()));
        return List.copyOf(systems.values());
    }

    /** A rule's code: its entry's id in the rule book, without the prefix. */
    public static String ruleCode(String rule) {
        return RuleText.anchor(rule).substring("rule-".length());
    }

    private CodeSystem system(String id, String title, Language language, String version, List<Concept> concepts) {
        return new CodeSystem("CodeSystem", id, url(id), version, "Decompress" + pascal(id), title, "active", language.tag(),
                Narratives.ofConcepts(language, title, concepts), true, "complete", concepts);
    }

    private static List<Concept> exercises(Catalog catalog) {
        List<Concept> concepts = new ArrayList<>();
        for (Exercise exercise : catalog.exercises()) {
            List<Concept> forms = new ArrayList<>();
            for (Variant variant : exercise.variants()) {
                forms.add(new Concept(variantCode(exercise.id(), variant.id()), variant.name(), variant.description(), null));
            }
            concepts.add(new Concept(exercise.id(), exercise.name(), exercise.summary(), forms));
        }
        return concepts;
    }

    /** The code of an exercise's form: {@code knees-to-chest:one-leg}. */
    public static String variantCode(String exercise, String variant) {
        return exercise + ":" + variant;
    }

    private static <E extends Enum<E>> List<Concept> enumConcepts(E[] values, java.util.function.Function<String, String> display) {
        List<Concept> concepts = new ArrayList<>();
        for (E value : values) {
            concepts.add(concept(value.name(), display.apply(value.name())));
        }
        return concepts;
    }

    private static Concept concept(String code, String display) {
        return new Concept(code, display, null, null);
    }

    static String ratingOf(Messages msg, String code) {
        return switch (Rating.valueOf(code)) {
            case TOO_EASY -> msg.rating_TOO_EASY();
            case JUST_RIGHT -> msg.rating_JUST_RIGHT();
            case TOO_HARD -> msg.rating_TOO_HARD();
            case PAINFUL -> msg.rating_PAINFUL();
            case NOT_DONE -> msg.rating_NOT_DONE();
        };
    }

    static String overallOf(Messages msg, String code) {
        return switch (Overall.valueOf(code)) {
            case BETTER -> msg.overall_BETTER();
            case SAME -> msg.overall_SAME();
            case WORSE -> msg.overall_WORSE();
        };
    }

    static String urgencyOf(Messages msg, String code) {
        return switch (Urgency.valueOf(code)) {
            case EMERGENCY -> msg.urgency_EMERGENCY();
            case URGENT -> msg.urgency_URGENT();
            case SOON -> msg.urgency_SOON();
            case ROUTINE -> msg.urgency_ROUTINE();
        };
    }

    private static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** The option of a choice question with this code, if it is one. */
    static Optional<QuestionOption> option(Question question, String code) {
        return question.options() == null ? Optional.empty() : question.options().stream().filter(o -> o.value().equals(code)).findFirst();
    }
}
