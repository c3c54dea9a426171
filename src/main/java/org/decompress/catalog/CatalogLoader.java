package org.decompress.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.EnumMap;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Reads {@code catalog/exercises.json} and refuses a catalog that would let the rules decide from
 * missing or wrong data: every problem names the entry and the field.
 */
public final class CatalogLoader {

    public static final String RESOURCE = "catalog/exercises.json";

    /** Strict on purpose: a misspelt trait must stop the start, not silently read as false. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final Validator validator;

    public CatalogLoader(Validator validator) {
        this.validator = validator;
    }

    public Catalog loadFromClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException(RESOURCE + " is not on the classpath");
            }
            return load(in, RESOURCE);
        } catch (IOException e) {
            throw new CatalogException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Catalog load(InputStream json, String sourceName) {
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
                Exercise exercise = STRICT.treeToValue(withVariantTraitsMerged(entry), Exercise.class);
                List<String> violations = violations(exercise);
                if (violations.isEmpty()) {
                    exercises.add(exercise);
                } else {
                    violations.forEach(v -> problems.add(label + ": " + v));
                }
            } catch (JsonProcessingException e) {
                problems.add(label + ": " + describe(e));
            }
        }
        problems.addAll(crossEntryProblems(exercises, sourceName));
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
