package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * the exercises, the exercises' forms ({@code exercise-variant}: a plan's activity codes the exercise
 * and gives its form apart, see {@link ExerciseVariant}), the check-in's ratings and "all in all", the
 * urgencies and the rules. Codes never change with the language.
 *
 * <p>One CodeSystem per {@code url|version}, whatever the language asked for: its {@code display}s and
 * {@code definition}s are in the default language (English), and each other language's words are the
 * concept's {@code designation}s with their {@code language} (FHIR R4 CodeSystem, 4.8.1: "additional
 * representations for the concept", for example in other languages). Not a canonical per language, as
 * the Questionnaires have: a code means one concept, so a Spanish coding and an English one must be the
 * same {@code system|code}; only a form's texts, which a response copies and HAPI compares word for word,
 * need a canonical of their own. A Spanish display in a coding is one of the concept's designations, which
 * HAPI's validator accepts as a valid display.
 *
 * <p>Each code system's version is a digest of its own concepts, designations included
 * ({@link #versionsOf}), so it changes exactly when that code system does, in any language: a new rule
 * changes {@code rule}, never {@code red-flag}.
 */
public final class FhirCodeSystems {

    public static final String EXERCISE = "exercise";
    public static final String EXERCISE_VARIANT = "exercise-variant";
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
    public record Concept(String code, String display, String definition, @JsonProperty("_definition") Translations definitionElsewhere,
            List<Designation> designation, List<Concept> concept) {
    }

    /** The concept's display in another language. */
    public record Designation(String language, String value) {
    }

    /**
     * A definition's words in other languages: FHIR's translation extension on the {@code definition}
     * string. Not a designation: a designation without a use is a display, which a coding could then
     * carry; and the designation-use value set's "Definition" is a SNOMED CT code the validator cannot
     * check offline (a warning on every concept).
     */
    public record Translations(List<Translation> extension) {
    }

    public record Translation(String url, List<Part> extension) {

        static Translation of(String language, String words) {
            return new Translation(TRANSLATION, List.of(new Part("lang", language, null), new Part("content", null, words)));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Part(String url, String valueCode, String valueString) {
    }

    /** The words of one language: its questionnaire and catalog. */
    public record Words(Language language, Questionnaire questionnaire, Catalog catalog) {
    }

    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

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

    /** Every code system, each with its version from {@code versions} (by id); {@code languages}: the default language's words first. */
    public List<CodeSystem> all(List<Words> languages, List<String> rules, java.util.function.Function<String, String> versions) {
        return unversioned(languages, rules).stream()
                .map(s -> new CodeSystem(s.resourceType(), s.id(), s.url(), versions.apply(s.id()), s.name(), s.title(), s.status(), s.language(),
                        s.text(), s.caseSensitive(), s.content(), s.concept()))
                .toList();
    }

    /**
     * Each code system's version: a digest of its concepts (codes, displays, definitions, designations,
     * nesting), so it changes when its own content changes in any language, and only then.
     */
    public static Map<String, String> versionsOf(List<CodeSystem> systems) {
        Map<String, String> versions = new LinkedHashMap<>();
        systems.forEach(s -> versions.put(s.id(), Digest.version(s.concept())));
        return versions;
    }

    /**
     * Every code system without its version (what {@link #versionsOf} digests): the first language's words
     * as displays and definitions, every other language's as designations where they differ.
     */
    public List<CodeSystem> unversioned(List<Words> languages, List<String> rules) {
        Words first = languages.get(0);
        List<List<CodeSystem>> others = languages.subList(1, languages.size()).stream().map(w -> inOneLanguage(w, rules)).toList();
        List<CodeSystem> systems = new ArrayList<>();
        for (CodeSystem system : inOneLanguage(first, rules)) {
            List<Concept> concepts = system.concept();
            for (List<CodeSystem> other : others) {
                CodeSystem translated = other.stream().filter(t -> t.id().equals(system.id())).findFirst().orElseThrow();
                concepts = designated(concepts, translated.concept(), translated.language());
            }
            systems.add(system(system.id(), system.title(), first.language(), concepts));
        }
        return List.copyOf(systems);
    }

    /** {@code concepts} with the words of {@code translated} (the same codes, in {@code language}) as designations where they differ. */
    private static List<Concept> designated(List<Concept> concepts, List<Concept> translated, String language) {
        if (concepts == null) {
            return null;
        }
        Map<String, Concept> byCode = new LinkedHashMap<>();
        if (translated != null) {
            translated.forEach(t -> byCode.put(t.code(), t));
        }
        List<Concept> all = new ArrayList<>();
        for (Concept concept : concepts) {
            Concept other = byCode.get(concept.code());
            List<Designation> designations = new ArrayList<>(concept.designation() == null ? List.of() : concept.designation());
            if (other != null && other.display() != null && !other.display().equals(concept.display())) {
                designations.add(new Designation(language, other.display()));
            }
            List<Translation> definitions = new ArrayList<>(concept.definitionElsewhere() == null ? List.of() : concept.definitionElsewhere().extension());
            if (concept.definition() != null && other != null && other.definition() != null && !other.definition().equals(concept.definition())) {
                definitions.add(Translation.of(language, other.definition()));
            }
            all.add(new Concept(concept.code(), concept.display(), concept.definition(), definitions.isEmpty() ? null : new Translations(definitions),
                    designations,
                    designated(concept.concept(), other == null ? null : other.concept(), language)));
        }
        return all;
    }

    /** Every code system with the words of one language. */
    private List<CodeSystem> inOneLanguage(Words words, List<String> rules) {
        Language language = words.language();
        Questionnaire questionnaire = words.questionnaire();
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.options() != null && !question.options().isEmpty()) {
                String id = idOf(question.id());
                List<Concept> concepts = new ArrayList<>(question.options().stream().map(o -> concept(o.value(), o.label())).toList());
                if (question.noneLabel() != null) {
                    concepts.add(concept(FhirQuestionnaires.NONE, question.noneLabel()));
                }
                systems.putIfAbsent(id, system(id, question.text(), language, concepts));
            }
        }
        systems.put(EXERCISE, system(EXERCISE, msg.fhir_exercise_therapy(), language, exercises(words.catalog())));
        systems.put(EXERCISE_VARIANT, system(EXERCISE_VARIANT, msg.fhir_exercise_forms(), language, variants(words.catalog())));
        systems.put(RATING, system(RATING, msg.fhir_rating(), language, enumConcepts(Rating.values(), code -> ratingOf(msg, code))));
        systems.put(OVERALL, system(OVERALL, msg.overall_legend(), language, enumConcepts(Overall.values(), code -> overallOf(msg, code))));
        systems.put(URGENCY, system(URGENCY, msg.fhir_referral_title(), language, enumConcepts(Urgency.values(), code -> urgencyOf(msg, code))));
        systems.put(RULE, system(RULE, "Decompress rules", language, rules.stream().map(rule -> concept(ruleCode(rule), rule)).toList()));
        return List.copyOf(systems.values());
    }

    /** A rule's code: its entry's id in the rule book, without the prefix. */
    public static String ruleCode(String rule) {
        return RuleText.anchor(rule).substring("rule-".length());
    }

    private CodeSystem system(String id, String title, Language language, List<Concept> concepts) {
        return new CodeSystem("CodeSystem", id, url(id), null, "Decompress" + pascal(id), title, "active", language.tag(),
                Narratives.ofConcepts(language, title, concepts), true, "complete", concepts);
    }

    private static List<Concept> exercises(Catalog catalog) {
        return catalog.exercises().stream().map(e -> new Concept(e.id(), e.name(), e.summary(), null, null, null)).toList();
    }

    /** Every exercise's forms, each coded with its exercise ({@link #variantCode}), so a form's code says which exercise it is a form of. */
    private static List<Concept> variants(Catalog catalog) {
        List<Concept> concepts = new ArrayList<>();
        for (Exercise exercise : catalog.exercises()) {
            for (Variant variant : exercise.variants()) {
                concepts.add(new Concept(variantCode(exercise.id(), variant.id()), variant.name(), variant.description(), null, null, null));
            }
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
        return new Concept(code, display, null, null, null, null);
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
