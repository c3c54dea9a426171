package org.decompress.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decompress.fhir.FhirQuestionnaires.FhirQuestionnaire;
import org.decompress.fhir.FhirQuestionnaires.Item;
import org.decompress.language.ContentWords;
import org.decompress.language.Language;
import org.decompress.language.Wording;
import org.decompress.problem.FieldIssue;
import org.decompress.problem.FieldProblems;
import org.decompress.problem.OperationOutcome;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;

/**
 * Reads a QuestionnaireResponse to the intake (or a collection Bundle: the intake's response, then
 * the check-ins' responses, oldest first) into the same {@link Answers} the JSON API takes, checked
 * against the Questionnaires themselves: the questionnaire and its version, the status, every linkId,
 * each answer's type, its options and bounds, single answers, required items, answers to items that
 * {@code enableWhen} leaves out; then the answers' own rules. Each problem names the item by its
 * path ({@code QuestionnaireResponse.item.where(linkId='pain').item.where(linkId='painLevel')}).
 */
public final class FhirResponses {

    private static final ObjectMapper ANSWERS = StrictJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FIELD = Pattern.compile("checkIns\\[(\\d+)](?:\\.(exercises)\\[(\\d+)])?(?:\\.(\\w+))?");

    /** One problem, as an OperationOutcome issue says it. */
    public record Issue(String code, String expression, String diagnostics) {

        /** The issue as the OperationOutcome that refuses the request states it: an error. */
        public OperationOutcome.Issue asError() {
            return OperationOutcome.Issue.error(code, diagnostics, expression);
        }

        /** The OperationOutcome of a request refused for these issues, said in {@code language}. */
        public static OperationOutcome outcome(List<Issue> issues, Language language) {
            return OperationOutcome.of(issues.stream().map(Issue::asError).toList(), language);
        }
    }

    /** The answers read, or what is wrong with the request. */
    public record Read(Optional<Answers> answers, List<Issue> issues) {
    }

    /** What one response answered: each item's answers by linkId, and each group's answers, one per time the group was given. */
    private record Answered(Map<String, List<JsonNode>> values, Map<String, List<Answered>> groups, Map<String, String> paths) {

        static Answered empty() {
            return new Answered(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    private final FhirQuestionnaire intake;
    private final FhirQuestionnaire checkIn;
    private final Set<String> intakeUrls;
    private final Set<String> checkInUrls;
    private final PublishedVersions intakeVersions;
    private final PublishedVersions checkInVersions;
    private final ContentWords texts;
    private final Validator validator;

    /**
     * {@code intakes} and {@code checkIns}: each form in every language, the default language's first. A
     * response may answer any of them; they differ only in words, so each is read against the first. A
     * response to an older version of either form, listed in {@code intakeVersions} or {@code checkInVersions},
     * is read into today's form when its questions mean the same.
     */
    public FhirResponses(List<FhirQuestionnaire> intakes, List<FhirQuestionnaire> checkIns, PublishedVersions intakeVersions,
            PublishedVersions checkInVersions, ContentWords texts, Validator validator) {
        this.intake = intakes.get(0);
        this.checkIn = checkIns.get(0);
        this.intakeUrls = urls(intakes);
        this.checkInUrls = urls(checkIns);
        this.intakeVersions = intakeVersions;
        this.checkInVersions = checkInVersions;
        this.texts = texts;
        this.validator = validator;
    }

    private static Set<String> urls(List<FhirQuestionnaire> forms) {
        Set<String> urls = new LinkedHashSet<>();
        forms.forEach(f -> urls.add(f.url()));
        return urls;
    }

    public Read read(JsonNode body) {
        List<Issue> issues = new ArrayList<>();
        String type = body == null || !body.isObject() ? "" : body.path("resourceType").asText("");
        List<JsonNode> responses = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        if (type.equals("QuestionnaireResponse")) {
            responses.add(body);
            prefixes.add("QuestionnaireResponse");
        } else if (type.equals("Bundle")) {
            if (!"collection".equals(body.path("type").asText())) {
                issues.add(new Issue("invalid", "Bundle.type", say("fhir.bundle-type")));
            }
            JsonNode entries = body.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode resource = entries.get(i).path("resource");
                if (!"QuestionnaireResponse".equals(resource.path("resourceType").asText())) {
                    issues.add(new Issue("invalid", "Bundle.entry[" + i + "].resource", say("fhir.not-a-response")));
                }
                responses.add(resource);
                prefixes.add("Bundle.entry[" + i + "].resource");
            }
            if (responses.isEmpty()) {
                issues.add(new Issue("required", "Bundle.entry", say("fhir.first-intake", "expected", canonical(intake))));
            }
        } else if (type.equals("Parameters")) {
            // FHIR R4, Operations (3.1.0.1.4): the standard body, one "response" part per response, the intake's first.
            JsonNode parameters = body.path("parameter");
            for (int i = 0; i < parameters.size(); i++) {
                String at = "Parameters.parameter[" + i + "]";
                if (!"response".equals(parameters.get(i).path("name").asText())) {
                    issues.add(new Issue("invalid", at + ".name", say("fhir.parameter")));
                }
                JsonNode resource = parameters.get(i).path("resource");
                if (!"QuestionnaireResponse".equals(resource.path("resourceType").asText())) {
                    issues.add(new Issue("invalid", at + ".resource", say("fhir.not-a-response")));
                }
                responses.add(resource);
                prefixes.add(at + ".resource");
            }
            if (responses.isEmpty()) {
                issues.add(new Issue("required", "Parameters.parameter", say("fhir.first-intake", "expected", canonical(intake))));
            }
        } else {
            issues.add(new Issue("invalid", null, say("fhir.not-fhir")));
        }
        // Check-ins count only for the person whose intake they follow.
        for (int i = 1; i < responses.size(); i++) {
            if (!Fhir.subjectKey(responses.get(i).path("subject")).equals(Fhir.subjectKey(responses.get(0).path("subject")))) {
                issues.add(new Issue("business-rule", prefixes.get(i) + ".subject", say("fhir.other-subject")));
            }
        }
        if (!issues.isEmpty()) {
            return new Read(Optional.empty(), issues);
        }
        List<Answered> answered = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            FhirQuestionnaire expected = i == 0 ? intake : checkIn;
            if (i == 0 && prefixes.size() > 1 && !refersTo(responses.get(0), intake)) {
                issues.add(new Issue("invalid", prefixes.get(0) + ".questionnaire", say("fhir.first-intake", "expected", canonical(intake))));
                continue;
            }
            answered.add(response(responses.get(i), prefixes.get(i), expected, issues));
        }
        if (!issues.isEmpty()) {
            return new Read(Optional.empty(), issues);
        }
        ObjectNode json = answersOf(answered.get(0));
        ArrayNode checkIns = json.putArray("checkIns");
        Set<String> flags = new LinkedHashSet<>();
        json.path("redFlags").forEach(flag -> flags.add(flag.asText()));
        for (int i = 1; i < answered.size(); i++) {
            checkIns.add(checkInOf(answered.get(i), flags));
        }
        if (!flags.isEmpty()) {
            ArrayNode all = json.putArray("redFlags");
            flags.forEach(all::add);
        }
        Answers answers;
        try {
            answers = ANSWERS.treeToValue(json, Answers.class);
        } catch (Exception e) {
            return new Read(Optional.empty(), List.of(new Issue("invalid", prefixes.get(0), say("fhir.not-fhir"))));
        }
        for (FieldIssue problem : FieldProblems.of(validator.validate(answers))) {
            issues.add(new Issue("value", expressionOf(problem.field(), answered, prefixes), texts.format(problem.what())));
        }
        return issues.isEmpty() ? new Read(Optional.of(answers), List.of()) : new Read(Optional.empty(), issues);
    }

    private Answered response(JsonNode response, String prefix, FhirQuestionnaire expected, List<Issue> issues) {
        String asked = response.path("questionnaire").asText("");
        String url = asked.contains("|") ? asked.substring(0, asked.indexOf('|')) : asked;
        String version = asked.contains("|") ? asked.substring(asked.indexOf('|') + 1) : null;
        if (!(expected == intake ? intakeUrls : checkInUrls).contains(url)) {
            issues.add(new Issue("invalid", prefix + ".questionnaire", say("fhir.other-questionnaire", "questionnaire", asked.isEmpty() ? "-" : asked,
                    "expected", canonical(expected))));
            return Answered.empty();
        }
        JsonNode items = response.path("item");
        if (version != null && !version.equals(expected.version())) {
            Optional<PublishedVersions.Entry> older = (expected == intake ? intakeVersions : checkInVersions).find(version);
            if (older.isEmpty()) {
                issues.add(new Issue("invalid", prefix + ".questionnaire", say("fhir.unknown-version", "version", version, "expected", expected.version())));
                return Answered.empty();
            }
            if (!PublishedVersions.mapsTo(older.get(), PublishedVersions.entryOf(expected))) {
                issues.add(new Issue("not-supported", prefix + ".questionnaire", say("fhir.unmapped-version", "version", version, "expected",
                        expected.version())));
                return Answered.empty();
            }
            items = intoGroups(items, expected.item());
        }
        String status = response.path("status").asText("");
        if (!status.equals("completed") && !status.equals("amended")) {
            issues.add(new Issue("invalid", prefix + ".status", say("fhir.status", "status", status.isEmpty() ? "-" : status)));
        }
        Answered answered = walk(items, expected.item(), prefix, issues);
        enabled(answered, expected.item(), answered, prefix, issues);
        return answered;
    }

    /**
     * An older version's answers in today's groups: each answered item, wherever it sat, under the group
     * that holds its linkId today. A repeating group of today's (the check-in's exercises) is kept whole,
     * each answer to it at the top. What is not an object, or no question of today's, stays at the top,
     * where it is reported.
     */
    private static JsonNode intoGroups(JsonNode items, List<Item> groups) {
        if (!items.isArray()) {
            return items;
        }
        Set<String> repeating = new LinkedHashSet<>();
        groups.stream().filter(g -> "group".equals(g.type()) && Boolean.TRUE.equals(g.repeats())).forEach(g -> repeating.add(g.linkId()));
        Map<String, List<JsonNode>> answered = new LinkedHashMap<>();
        List<JsonNode> unplaced = new ArrayList<>();
        flattenItems(items, repeating, answered, unplaced);
        ArrayNode placed = NODES.arrayNode();
        for (Item group : groups) {
            ArrayNode inner = NODES.arrayNode();
            if (group.item() != null) {
                group.item().forEach(d -> answered.getOrDefault(d.linkId(), List.of()).forEach(inner::add));
                group.item().forEach(d -> answered.remove(d.linkId()));
            }
            if (!inner.isEmpty()) {
                ObjectNode node = placed.addObject().put("linkId", group.linkId());
                node.set("item", inner);
            }
        }
        answered.values().forEach(left -> left.forEach(placed::add));
        unplaced.forEach(placed::add);
        return placed;
    }

    private static void flattenItems(JsonNode items, Set<String> repeating, Map<String, List<JsonNode>> answered, List<JsonNode> unplaced) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText("");
            boolean group = item.isObject() && item.path("item").isArray() && !item.has("answer") && !repeating.contains(linkId);
            if (group) {
                flattenItems(item.path("item"), repeating, answered, unplaced);
            } else if (item.isObject()) {
                answered.computeIfAbsent(linkId, k -> new ArrayList<>()).add(item);
            } else {
                unplaced.add(item);
            }
        }
    }

    /**
     * The items of a response or group, each checked against its definition. An answer in a shape FHIR
     * does not allow (a list that is not a list, an item or answer that is not an object, one answer
     * with two values) is refused, never skipped: skipping a red flag would read it as "no".
     */
    private Answered walk(JsonNode items, List<Item> definitions, String path, List<Issue> issues) {
        Answered answered = Answered.empty();
        Map<String, Item> byLinkId = new LinkedHashMap<>();
        definitions.forEach(d -> byLinkId.put(d.linkId(), d));
        Map<String, Integer> seen = new LinkedHashMap<>();
        if (!items.isMissingNode() && !items.isArray()) {
            issues.add(new Issue("structure", path + ".item", say("fhir.not-a-list")));
            missing(definitions, answered, path, issues);
            return answered;
        }
        for (int position = 0; position < items.size(); position++) {
            JsonNode item = items.get(position);
            if (!item.isObject()) {
                issues.add(new Issue("structure", path + ".item[" + position + "]", say("fhir.not-an-object")));
                continue;
            }
            String linkId = item.path("linkId").asText("");
            int index = seen.merge(linkId, 1, Integer::sum) - 1;
            String here = path + ".item.where(linkId='" + linkId + "')" + (index > 0 ? "[" + index + "]" : "");
            Item definition = byLinkId.get(linkId);
            if (definition == null || definition.type().equals("display")) {
                issues.add(new Issue("structure", here, say("fhir.unknown-item")));
                continue;
            }
            if (definition.type().equals("group")) {
                if (index > 0 && !Boolean.TRUE.equals(definition.repeats())) {
                    issues.add(new Issue("structure", here, say("fhir.one-answer", "count", index + 1)));
                }
                Answered group = walk(item.path("item"), definition.item(), here, issues);
                answered.groups().computeIfAbsent(linkId, k -> new ArrayList<>()).add(group);
                answered.paths().putIfAbsent(linkId, here.replaceAll("\\[\\d+]$", ""));
                continue;
            }
            answered.paths().put(linkId, here);
            List<JsonNode> values = answered.values().computeIfAbsent(linkId, k -> new ArrayList<>());
            JsonNode answers = item.path("answer");
            if (!answers.isMissingNode() && !answers.isArray()) {
                issues.add(new Issue("structure", here + ".answer", say("fhir.not-a-list")));
                continue;
            }
            for (int a = 0; a < answers.size(); a++) {
                JsonNode answer = answers.get(a);
                if (!answer.isObject()) {
                    issues.add(new Issue("structure", here + ".answer[" + a + "]", say("fhir.not-an-object")));
                    continue;
                }
                long valueFields = java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(answer.fieldNames(), 0), false)
                        .filter(name -> name.startsWith("value")).count();
                if (valueFields > 1) {
                    issues.add(new Issue("structure", here + ".answer[" + a + "]", say("fhir.two-values", "count", valueFields)));
                    continue;
                }
                value(answer, definition, here, issues).ifPresent(values::add);
            }
            if (values.size() > 1 && !Boolean.TRUE.equals(definition.repeats())) {
                issues.add(new Issue("structure", here, say("fhir.one-answer", "count", values.size())));
            }
            if (values.stream().anyMatch(v -> v.asText().equals(FhirQuestionnaires.NONE)) && values.size() > 1) {
                issues.add(new Issue("business-rule", here, say("fhir.none-and-others")));
            }
        }
        missing(definitions, answered, path, issues);
        return answered;
    }

    /** Each required item not given, also inside a group that was not given at all. */
    private void missing(List<Item> definitions, Answered answered, String path, List<Issue> issues) {
        for (Item definition : definitions) {
            String here = path + ".item.where(linkId='" + definition.linkId() + "')";
            boolean given = !answered.values().getOrDefault(definition.linkId(), List.of()).isEmpty() || answered.groups().containsKey(definition.linkId());
            if (given || definition.enableWhen() != null && !definition.enableWhen().isEmpty()) {
                continue;
            }
            if (Boolean.TRUE.equals(definition.required())) {
                issues.add(new Issue("required", here, say("fhir.missing")));
            } else if (definition.type().equals("group") && definition.item() != null && !Boolean.TRUE.equals(definition.repeats())) {
                missing(definition.item(), Answered.empty(), here, issues);
            }
        }
    }

    /** The answer's value if it has the item's type, among its options and within its bounds. */
    private Optional<JsonNode> value(JsonNode answer, Item definition, String path, List<Issue> issues) {
        String key = switch (definition.type()) {
            case "integer" -> "valueInteger";
            case "boolean" -> "valueBoolean";
            case "choice" -> "valueCoding";
            default -> "valueString";
        };
        JsonNode value = answer.get(key);
        boolean typed = value != null && switch (definition.type()) {
            case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
            case "boolean" -> value.isBoolean();
            case "choice" -> value.isObject();
            default -> value.isTextual();
        };
        if (!typed) {
            issues.add(new Issue("value", path + ".answer", say("fhir.wrong-type", "type", key)));
            return Optional.empty();
        }
        if (definition.type().equals("choice")) {
            boolean known = definition.answerOption().stream().map(FhirQuestionnaires.AnswerOption::valueCoding)
                    .anyMatch(c -> c.system().equals(value.path("system").asText()) && c.code().equals(value.path("code").asText()));
            if (!known) {
                issues.add(new Issue("code-invalid", path + ".answer", say("fhir.not-an-option")));
                return Optional.empty();
            }
            return Optional.of(NODES.textNode(value.path("code").asText()));
        }
        if (definition.type().equals("integer") && definition.extension() != null) {
            for (Fhir.Extension bound : definition.extension()) {
                if (Fhir.MIN_VALUE.equals(bound.url()) && value.asInt() < bound.valueInteger()) {
                    issues.add(new Issue("value", path + ".answer", texts.format(Wording.of("field.at-least").with("value", bound.valueInteger()))));
                    return Optional.empty();
                }
                if (Fhir.MAX_VALUE.equals(bound.url()) && value.asInt() > bound.valueInteger()) {
                    issues.add(new Issue("value", path + ".answer", texts.format(Wording.of("field.at-most").with("value", bound.valueInteger()))));
                    return Optional.empty();
                }
            }
        }
        return Optional.of(value);
    }

    /** An item that {@code enableWhen} leaves out must not be answered. */
    private void enabled(Answered answered, List<Item> definitions, Answered all, String prefix, List<Issue> issues) {
        for (Item definition : definitions) {
            if (definition.type().equals("group")) {
                for (Answered group : answered.groups().getOrDefault(definition.linkId(), List.of())) {
                    enabled(group, definition.item(), all, prefix, issues);
                }
                continue;
            }
            if (definition.enableWhen() == null || definition.enableWhen().isEmpty() || answered.values().getOrDefault(definition.linkId(), List.of()).isEmpty()) {
                continue;
            }
            boolean on = definition.enableWhen().stream().anyMatch(when -> codes(all, when.question()).contains(when.answerCoding().code()));
            if (!on) {
                issues.add(new Issue("business-rule", answered.paths().get(definition.linkId()), say("fhir.disabled")));
            }
        }
    }

    private static List<String> codes(Answered answered, String linkId) {
        List<String> codes = new ArrayList<>();
        answered.values().getOrDefault(linkId, List.of()).forEach(v -> codes.add(v.asText()));
        answered.groups().values().forEach(groups -> groups.forEach(g -> codes.addAll(codes(g, linkId))));
        return codes;
    }

    /** The intake's answers as the JSON API takes them: each question's answers, by its id. */
    private ObjectNode answersOf(Answered answered) {
        ObjectNode json = NODES.objectNode();
        Map<String, Item> questions = new LinkedHashMap<>();
        collectQuestions(intake.item(), questions);
        Map<String, List<JsonNode>> values = new LinkedHashMap<>();
        flatten(answered, values);
        questions.forEach((id, question) -> {
            List<JsonNode> given = values.getOrDefault(id, List.of());
            if (Boolean.TRUE.equals(question.repeats())) {
                if (!given.isEmpty()) {
                    ArrayNode list = json.putArray(id);
                    // "None of these" is the empty list (the reader refused it together with another answer).
                    given.stream().filter(v -> !v.asText().equals(FhirQuestionnaires.NONE)).forEach(list::add);
                }
            } else if (!given.isEmpty()) {
                json.set(id, given.get(0));
            }
        });
        return json;
    }

    private ObjectNode checkInOf(Answered answered, Set<String> flags) {
        ObjectNode json = NODES.objectNode();
        for (String field : List.of("week", "painLevel", "sessionsPerWeek", "nextMorningWorse", "legSymptomsSpreading", "overall")) {
            List<JsonNode> given = answered.values().getOrDefault(field, List.of());
            if (!given.isEmpty()) {
                json.set(field, given.get(0));
            }
        }
        answered.values().getOrDefault("redFlags", List.of()).stream().map(JsonNode::asText)
                .filter(flag -> !flag.equals(FhirQuestionnaires.NONE)).forEach(flags::add);
        ArrayNode exercises = json.putArray("exercises");
        for (Answered exercise : answered.groups().getOrDefault(FhirQuestionnaires.EXERCISE, List.of())) {
            ObjectNode done = exercises.addObject();
            first(exercise, FhirQuestionnaires.EXERCISE_ID).ifPresent(v -> done.set("id", v));
            done.set("variant", first(exercise, FhirQuestionnaires.VARIANT).orElse(NODES.nullNode()));
            first(exercise, FhirQuestionnaires.STEP).ifPresent(v -> done.set("step", v));
            first(exercise, FhirQuestionnaires.RATING).ifPresent(v -> done.set("rating", v));
        }
        return json;
    }

    private static Optional<JsonNode> first(Answered answered, String linkId) {
        List<JsonNode> given = answered.values().getOrDefault(linkId, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    private static void collectQuestions(List<Item> items, Map<String, Item> questions) {
        for (Item item : items) {
            if (item.type().equals("group")) {
                collectQuestions(item.item(), questions);
            } else if (!item.type().equals("display")) {
                questions.put(item.linkId(), item);
            }
        }
    }

    private static void flatten(Answered answered, Map<String, List<JsonNode>> values) {
        answered.values().forEach((id, given) -> values.computeIfAbsent(id, k -> new ArrayList<>()).addAll(given));
        answered.groups().values().forEach(groups -> groups.forEach(g -> flatten(g, values)));
    }

    /** Where a field of the answers was given: its item in the response that gave it. */
    private String expressionOf(String field, List<Answered> answered, List<String> prefixes) {
        Matcher checkIn = FIELD.matcher(field);
        if (checkIn.matches()) {
            int i = Integer.parseInt(checkIn.group(1)) + 1;
            if (i >= prefixes.size()) {
                return prefixes.get(0);
            }
            String path = prefixes.get(i);
            if (checkIn.group(2) != null) {
                path += ".item.where(linkId='" + FhirQuestionnaires.EXERCISE + "')[" + checkIn.group(3) + "]";
                String item = switch (checkIn.group(4) == null ? "" : checkIn.group(4)) {
                    case "id" -> FhirQuestionnaires.EXERCISE_ID;
                    case "" -> null;
                    default -> checkIn.group(4);
                };
                return item == null ? path : path + ".item.where(linkId='" + item + "')";
            }
            return checkIn.group(4) == null ? path : path + ".item.where(linkId='" + checkIn.group(4) + "')";
        }
        String root = field.replaceAll("[.\\[].*", "");
        Map<String, String> paths = new LinkedHashMap<>();
        collectPaths(answered.get(0), paths);
        return paths.getOrDefault(root, prefixes.get(0));
    }

    private static void collectPaths(Answered answered, Map<String, String> paths) {
        paths.putAll(answered.paths());
        answered.groups().values().forEach(groups -> groups.forEach(g -> collectPaths(g, paths)));
    }

    private boolean refersTo(JsonNode response, FhirQuestionnaire questionnaire) {
        String asked = response.path("questionnaire").asText("");
        String url = asked.contains("|") ? asked.substring(0, asked.indexOf('|')) : asked;
        return (questionnaire == intake ? intakeUrls : checkInUrls).contains(url);
    }

    private static String canonical(FhirQuestionnaire questionnaire) {
        return questionnaire.url() + "|" + questionnaire.version();
    }

    private String say(String key, Object... nameValues) {
        Wording words = Wording.of(key);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            words = words.with((String) nameValues[i], nameValues[i + 1]);
        }
        return texts.format(words);
    }
}
