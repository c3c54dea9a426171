package org.decompress.figure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.CatalogException;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Variant;

/**
 * Every picture, read from {@code catalog/figures.json} and drawn once at start: one per exercise,
 * per variant and for the cooldown. A catalog entry without its figure, or a figure without words
 * for people who cannot see it, stops the start. Immutable.
 */
public final class FigureBook {

    public static final String RESOURCE = "catalog/figures.json";

    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A figure with its two drawings. */
    public record Drawn(Figure figure, String moving, String still) {
    }

    private final Map<String, Drawn> byKey;

    private FigureBook(Map<String, Drawn> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static FigureBook load(Catalog catalog) {
        List<Figure> figures;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException(RESOURCE + " is not on the classpath");
            }
            figures = List.of(STRICT.readValue(in, Figure[].class));
        } catch (IOException e) {
            throw new CatalogException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
        return of(catalog, figures);
    }

    static FigureBook of(Catalog catalog, List<Figure> figures) {
        Map<String, Drawn> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure.alt() == null || figure.alt().isBlank()) {
                problems.add("figure '" + figure.key() + "': alt: every figure needs words for people who cannot see it");
                continue;
            }
            try {
                byKey.put(figure.key(), new Drawn(figure, FigureRenderer.moving(figure), FigureRenderer.still(figure)));
            } catch (RuntimeException e) {
                problems.add("figure '" + figure.key() + "': " + e.getMessage());
            }
        }
        for (String key : keysOf(catalog)) {
            if (!byKey.containsKey(key)) {
                problems.add("figure '" + key + "': missing: every exercise, variant and the cooldown needs one");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException("The figures are invalid:\n  " + String.join("\n  ", problems));
        }
        return new FigureBook(byKey);
    }

    /** The figure of every exercise and of every variant of the catalog, in the catalog's order. */
    public static List<String> keysOf(Catalog catalog) {
        List<String> keys = new ArrayList<>();
        for (Exercise exercise : catalog.exercises()) {
            keys.add(Figure.keyOf(exercise.id(), null));
            for (Variant variant : exercise.variants()) {
                keys.add(Figure.keyOf(exercise.id(), variant.id()));
            }
        }
        return keys;
    }

    public Optional<Drawn> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The figure of this form of an exercise (every form has one: {@link #of(Catalog, List)} checks). */
    public Figure of(String exerciseId, String variant) {
        return byKey.get(Figure.keyOf(exerciseId, variant)).figure();
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    public List<Figure> all() {
        return byKey.values().stream().map(Drawn::figure).toList();
    }
}
