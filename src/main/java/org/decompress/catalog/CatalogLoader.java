package org.decompress.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.decompress.config.FileChecks;
import org.decompress.problem.StrictJson;
import org.decompress.language.ContentWords;
import java.util.EnumMap;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Reads {@code catalog/exercises.json} (what the rules decide from) with the words of one language
 * ({@code messages/catalog_xx.properties}: names, summaries, steps, cautions, notes, variants), and
 * refuses a catalog that would let the rules decide from missing or wrong data, or show a person an
 * exercise without its words: every problem names the entry and the field.
 */
public final class CatalogLoader {

    public static final String RESOURCE = "catalog/exercises.json";

    /** Strict on purpose: a misspelt trait must stop the start, not silently read as false. */
    private static final ObjectMapper STRICT = StrictJson.forDataFiles().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Validator validator;
    private final FileChecks checks;

    public CatalogLoader(Validator validator) {
        this(validator, FileChecks.RUN);
    }

    /** With {@code checks} trusted, the entries are read but not validated: the build validated these very files. */
    public CatalogLoader(Validator validator, FileChecks checks) {
        this.validator = validator;
        this.checks = checks;
    }

    public Catalog loadFromClasspath(ContentWords words) {
        return loadFrom(Thread.currentThread().getContextClassLoader(), words);
    }

    /** The catalog of this class loader's resources (another checkout's, for bin/rule-impact). */
    public Catalog loadFrom(ClassLoader loader, ContentWords words) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException(RESOURCE + " is not on the classpath");
            }
            return load(in, RESOURCE, words);
        } catch (IOException e) {
            throw new CatalogException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Catalog load(InputStream json, String sourceName, ContentWords words) {
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (IOException e) {
            throw new CatalogException(sourceName + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode entries = root == null ? null : root.get("exercises");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new CatalogException(sourceName + ": needs a non-empty array 'exercises'");
        }
        List<Exercise> exercises = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String label = sourceName + ": exercise " + (i + 1) + " ('" + entry.path("id").asText("?") + "')";
            try {
                Exercise exercise = STRICT.treeToValue(withWords(withVariantTraitsMerged(entry), words, label, problems), Exercise.class);
                List<String> violations = checks.run() ? violations(exercise) : List.of();
                if (violations.isEmpty()) {
                    exercises.add(exercise);
                } else {
                    violations.forEach(v -> problems.add(label + ": " + v));
                }
            } catch (JsonProcessingException e) {
                problems.add(label + ": " + describe(e));
            }
        }
        if (checks.run()) {
            problems.addAll(crossEntryProblems(exercises, sourceName));
        }
        Map<Equipment, Set<Equipment>> alsoProvides = new EnumMap<>(Equipment.class);
        JsonNode provides = root.get("equipmentAlsoProvides");
        if (provides != null) {
            try {
                STRICT.convertValue(provides, new TypeReference<Map<Equipment, Set<Equipment>>>() { })
                        .forEach((item, also) -> alsoProvides.put(item, Set.copyOf(also)));
            } catch (IllegalArgumentException e) {
                problems.add(sourceName + ": equipmentAlsoProvides: must map equipment to the equipment it also counts as: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException("The exercise catalog is invalid:\n  " + String.join("\n  ", problems));
        }
        return new Catalog(exercises, alsoProvides);
    }

    /**
     * The entry with its words in this language: name, summary, steps and cautions, each variant's
     * name, description, summary and steps, and the text of a dose that is a note ({@code "note": true}).
     * Steps and cautions are numbered keys ({@code exercise.id.step.1}, {@code .step.2}...).
     */
    private static JsonNode withWords(JsonNode entry, ContentWords words, String label, List<String> problems) {
        if (!(entry instanceof ObjectNode exercise) || !entry.path("id").isTextual()) {
            return entry;
        }
        String key = "exercise." + entry.path("id").asText();
        ObjectNode copy = exercise.deepCopy();
        String missing = "no words in messages/catalog_" + words.language().tag() + ".properties";
        put(copy, "name", words.find(key + ".name"), label, missing, problems);
        put(copy, "summary", words.find(key + ".summary"), label, missing, problems);
        numbered(copy.putArray("steps"), words, key + ".step.");
        numbered(copy.putArray("cautions"), words, key + ".caution.");
        String note = words.find(key + ".note").orElse(null);
        noteOf(copy.path("dose"), note, label + ": dose.note: " + missing, problems);
        for (JsonNode step : copy.path("progression").path("steps")) {
            noteOf(step.path("dose"), note, label + ": progression.dose.note: " + missing, problems);
        }
        for (JsonNode node : copy.path("variants")) {
            if (node instanceof ObjectNode variant && variant.path("id").isTextual()) {
                String variantKey = key + ".variant." + variant.path("id").asText();
                String variantLabel = label + ": variant '" + variant.path("id").asText() + "'";
                put(variant, "name", words.find(variantKey + ".name"), variantLabel, missing, problems);
                put(variant, "description", words.find(variantKey + ".description"), variantLabel, missing, problems);
                put(variant, "summary", words.find(variantKey + ".summary"), variantLabel, missing, problems);
                if (words.find(variantKey + ".step.1").isPresent()) {
                    numbered(variant.putArray("steps"), words, variantKey + ".step.");
                }
                if (words.find(variantKey + ".caution.1").isPresent()) {
                    numbered(variant.putArray("cautions"), words, variantKey + ".caution.");
                }
            }
        }
        return copy;
    }

    private static void put(ObjectNode node, String field, java.util.Optional<String> text, String label, String missing, List<String> problems) {
        if (node.has(field)) {
            problems.add(label + ": " + field + ": words belong in the message files, not in the catalog");
        }
        text.ifPresentOrElse(t -> node.put(field, t), () -> problems.add(label + ": " + field + ": " + missing));
    }

    private static void numbered(com.fasterxml.jackson.databind.node.ArrayNode into, ContentWords words, String prefix) {
        for (int n = 1; words.find(prefix + n).isPresent(); n++) {
            into.add(words.get(prefix + n));
        }
    }

    private static void noteOf(JsonNode dose, String note, String problem, List<String> problems) {
        if (dose instanceof ObjectNode d && d.path("note").isBoolean()) {
            if (note == null) {
                problems.add(problem);
            } else {
                d.put("note", note);
            }
        }
    }

    /** A variant lists only what it changes; it inherits every other trait from its exercise. */
    private static JsonNode withVariantTraitsMerged(JsonNode entry) {
        if (!(entry instanceof ObjectNode exercise) || !entry.path("variants").isArray()
                || !entry.path("traits").isObject()) {
            return entry;
        }
        ObjectNode copy = exercise.deepCopy();
        for (JsonNode variant : copy.withArray("variants")) {
            if (variant instanceof ObjectNode v) {
                ObjectNode merged = ((ObjectNode) copy.get("traits")).deepCopy();
                JsonNode changes = v.path("traits");
                for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> change = it.next();
                    merged.set(change.getKey(), change.getValue());
                }
                v.set("traits", merged);
            }
        }
        return copy;
    }

    private List<String> violations(Exercise exercise) {
        Set<ConstraintViolation<Exercise>> violations = validator.validate(exercise);
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return field + ": " + m.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static List<String> crossEntryProblems(List<Exercise> exercises, String sourceName) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Exercise e : exercises) {
            if (!ids.add(e.id())) {
                problems.add(sourceName + ": exercise '" + e.id() + "': id: appears more than once");
            }
            Set<String> variantIds = new HashSet<>();
            for (Variant v : e.variants()) {
                if (!variantIds.add(v.id())) {
                    problems.add(sourceName + ": exercise '" + e.id() + "': variants: id '" + v.id() + "' appears more than once");
                }
            }
            if (e.role() != Role.COOLDOWN && e.progression() == null) {
                problems.add(sourceName + ": exercise '" + e.id() + "': progression: every exercise a plan can hold needs its steps");
            }
            if (e.progression() != null && e.progression().gentleVariant() != null && !variantIds.contains(e.progression().gentleVariant())) {
                problems.add(sourceName + ": exercise '" + e.id() + "': progression: gentleVariant '" + e.progression().gentleVariant() + "' is not one of its variants");
            }
            if (!e.offeredWithoutVariant() && e.variants().isEmpty()) {
                problems.add(sourceName + ": exercise '" + e.id() + "': offeredWithoutVariant: false needs at least one variant");
            }
        }
        long cooldowns = exercises.stream().filter(e -> e.role() == Role.COOLDOWN).count();
        if (cooldowns != 1) {
            problems.add(sourceName + ": role: exactly one exercise must have role COOLDOWN, found " + cooldowns);
        }
        return problems;
    }
}
