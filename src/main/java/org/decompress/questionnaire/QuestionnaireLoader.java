package org.decompress.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.decompress.config.FileChecks;
import org.decompress.problem.StrictJson;
import org.decompress.language.ContentWords;

/**
 * Reads {@code catalog/questionnaire.json} and checks it against {@link Answers}: one question per
 * answer field, of the matching type, offering exactly the values the API accepts, with the same
 * bounds. So the page a person fills in and the API can never drift apart.
 */
public final class QuestionnaireLoader {

    public static final String RESOURCE = "catalog/questionnaire.json";

    private static final ObjectMapper STRICT = StrictJson.forDataFiles();

    private final Validator validator;
    private final FileChecks checks;

    public QuestionnaireLoader(Validator validator) {
        this(validator, FileChecks.RUN);
    }

    /** With {@code checks} trusted, the questionnaire is read but not checked: the build checked these very files. */
    public QuestionnaireLoader(Validator validator, FileChecks checks) {
        this.validator = validator;
        this.checks = checks;
    }

    /** The questionnaire with its words in one language (messages/questionnaire_xx.properties), checked. */
    public Questionnaire loadFromClasspath(ContentWords words) {
        return loadFrom(Thread.currentThread().getContextClassLoader(), words);
    }

    /** The questionnaire of this class loader's resources (another checkout's, for bin/rule-impact). */
    public Questionnaire loadFrom(ClassLoader loader, ContentWords words) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            ObjectNode root = (ObjectNode) STRICT.readTree(in);
            root.remove("words");
            List<String> missing = new ArrayList<>();
            for (JsonNode group : root.path("groups")) {
                String key = "group." + group.path("id").asText();
                putWords((ObjectNode) group, "title", key + ".title", words, missing);
                putWords((ObjectNode) group, "help", key + ".help", words, missing);
            }
            for (JsonNode question : root.path("questions")) {
                String key = "question." + question.path("id").asText();
                putWords((ObjectNode) question, "text", key + ".text", words, missing);
                putWords((ObjectNode) question, "help", key + ".help", words, missing);
                words.find(key + ".unit").ifPresent(unit -> ((ObjectNode) question).put("unit", unit));
                for (JsonNode option : question.path("options")) {
                    putWords((ObjectNode) option, "label", key + ".option." + option.path("value").asText(), words, missing);
                }
                if (question.path("safety").asBoolean() && "MULTI_CHOICE".equals(question.path("type").asText())) {
                    putWords((ObjectNode) question, "noneLabel", key + ".none", words, missing);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no words in messages/questionnaire_" + words.language().tag()
                        + ".properties for:\n  " + String.join("\n  ", missing));
            }
            Questionnaire questionnaire = STRICT.treeToValue(root, Questionnaire.class);
            return checks.run() ? check(questionnaire) : questionnaire;
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static void putWords(ObjectNode node, String field, String key, ContentWords words, List<String> missing) {
        words.find(key).ifPresentOrElse(text -> node.put(field, text), () -> missing.add(key));
    }

    Questionnaire check(Questionnaire questionnaire) {
        List<String> problems = new ArrayList<>();
        validator.validate(questionnaire.groups().toArray()).forEach(v -> problems.add("groups: " + v.getPropertyPath() + " " + v.getMessage()));
        for (QuestionGroup g : questionnaire.groups()) {
            validator.validate(g).forEach(v -> problems.add("group '" + g.id() + "': " + v.getPropertyPath() + ": " + v.getMessage()));
        }
        Set<String> groupIds = questionnaire.groups().stream().map(QuestionGroup::id).collect(Collectors.toSet());
        Map<String, Question> byId = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            validator.validate(q).forEach(v -> problems.add("question '" + q.id() + "': " + v.getPropertyPath() + ": " + v.getMessage()));
            if (byId.put(q.id(), q) != null) {
                problems.add("question '" + q.id() + "': appears more than once");
            }
            if (!groupIds.contains(q.group())) {
                problems.add("question '" + q.id() + "': group '" + q.group() + "' is not defined");
            }
        }
        for (RecordComponent field : Answers.class.getRecordComponents()) {
            if (Answers.NOT_ASKED_BY_THE_QUESTIONNAIRE.contains(field.getName())) {
                continue;
            }
            Question q = byId.remove(field.getName());
            if (q == null) {
                problems.add("answer field '" + field.getName() + "' has no question");
            } else {
                problems.addAll(matches(q, field));
            }
        }
        byId.keySet().forEach(id -> problems.add("question '" + id + "': no answer field has this name"));
        problems.addAll(followUpProblems(questionnaire));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " does not match the answers the API accepts:\n  "
                    + String.join("\n  ", problems));
        }
        return questionnaire;
    }

    /** A follow-up names a question asked before it and one of that question's options. */
    private static List<String> followUpProblems(Questionnaire questionnaire) {
        List<String> problems = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.followUp()) {
                for (AnswerIs when : q.askedWhen()) {
                    Question asked = questionnaire.question(when.question()).orElse(null);
                    if (asked == null || !before.contains(asked.id())) {
                        problems.add("question '" + q.id() + "': askedWhen: '" + when.question() + "' is not a question asked before it");
                    } else if (asked.options() == null || asked.options().stream().noneMatch(o -> o.value().equals(when.answer()))) {
                        problems.add("question '" + q.id() + "': askedWhen: '" + when.answer() + "' is not an answer of '" + when.question() + "'");
                    }
                }
            }
            before.add(q.id());
        }
        return problems;
    }

    private static List<String> matches(Question q, RecordComponent field) {
        List<String> problems = new ArrayList<>();
        String where = "question '" + q.id() + "': ";
        Class<?> type = field.getType();
        QuestionType expected;
        Class<?> enumType = null;
        if (List.class.isAssignableFrom(type)) {
            expected = QuestionType.MULTI_CHOICE;
            Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            enumType = (Class<?>) element;
        } else if (type.isEnum()) {
            expected = QuestionType.SINGLE_CHOICE;
            enumType = type;
        } else if (type == Boolean.class) {
            expected = QuestionType.BOOLEAN;
        } else {
            expected = QuestionType.INTEGER;
        }
        if (q.type() != expected) {
            problems.add(where + "type: must be " + expected + " for the answer field of type " + type.getSimpleName());
        }
        if (enumType != null) {
            Set<String> allowed = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
            Set<String> offered = q.options() == null ? Set.of()
                    : q.options().stream().map(QuestionOption::value).collect(Collectors.toCollection(HashSet::new));
            if (!allowed.equals(offered)) {
                problems.add(where + "options: must offer exactly " + new java.util.TreeSet<>(allowed) + ", offers " + new java.util.TreeSet<>(offered));
            }
        }
        boolean required = annotation(field, NotNull.class) != null;
        if (q.required() != required) {
            problems.add(where + "required: must be " + required);
        }
        Min min = annotation(field, Min.class);
        Max max = annotation(field, Max.class);
        if (min != null && !Objects.equals(q.min(), (int) min.value())) {
            problems.add(where + "min: must be " + min.value());
        }
        if (max != null && !Objects.equals(q.max(), (int) max.value())) {
            problems.add(where + "max: must be " + max.value());
        }
        return problems;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent field, Class<A> type) {
        A onAccessor = field.getAccessor().getAnnotation(type);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return Answers.class.getDeclaredField(field.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
