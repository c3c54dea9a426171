package org.decompress.figure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.decompress.problem.StrictJson;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.CatalogException;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Variant;
import org.decompress.config.FileChecks;
import org.decompress.language.Languages;
import org.decompress.language.ContentWords;

/**
 * Every picture, read from {@code catalog/figures.json}: one per exercise, per variant and for the
 * cooldown, each drawn when first asked for in a language and kept. A catalog entry without its
 * figure, a figure that cannot be drawn, or a figure without words (its alternative text, in every
 * language) stops the start.
 */
public final class FigureBook {

    public static final String RESOURCE = "catalog/figures.json";

    private static final ObjectMapper STRICT = StrictJson.forDataFiles();

    /** A figure drawn in one language: its words for people who cannot see it, and its two drawings. */
    public record Drawn(Figure figure, String alt, String moving, String still) {
    }

    private final Map<String, Figure> byKey;
    private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();

    private FigureBook(Map<String, Figure> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static FigureBook load(Catalog catalog, Languages languages) {
        return load(catalog, languages, Thread.currentThread().getContextClassLoader(), FileChecks.RUN);
    }

    /** The figures of this class loader's resources; with {@code checks} trusted, read but not checked (the build checked these very files). */
    public static FigureBook load(Catalog catalog, Languages languages, ClassLoader resources, FileChecks checks) {
        List<Figure> figures;
        try (InputStream in = resources.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException(RESOURCE + " is not on the classpath");
            }
            figures = List.of(STRICT.readValue(in, Figure[].class));
        } catch (IOException e) {
            throw new CatalogException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
        if (!checks.run()) {
            Map<String, Figure> byKey = new LinkedHashMap<>();
            figures.forEach(figure -> byKey.put(figure.key(), figure));
            return new FigureBook(byKey);
        }
        return of(catalog, figures, languages.defaultContentWords());
    }

    static FigureBook of(Catalog catalog, List<Figure> figures, ContentWords words) {
        Map<String, Figure> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Figure figure : figures) {
            if (words.find(Figure.altKey(figure.key())).filter(alt -> !alt.isBlank()).isEmpty()) {
                problems.add("figure '" + figure.key() + "': " + Figure.altKey(figure.key())
                        + ": every figure needs words for people who cannot see it (messages/catalog_xx.properties)");
                continue;
            }
            try {
                FigureRenderer.check(figure);
                byKey.put(figure.key(), figure);
            } catch (RuntimeException e) {
                problems.add("figure '" + figure.key() + "': " + e.getMessage());
            }
        }
        for (String key : keysOf(catalog)) {
            if (!byKey.containsKey(key) && problems.stream().noneMatch(p -> p.startsWith("figure '" + key + "'"))) {
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

    public Optional<Figure> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The figure drawn with the words of one language ({@code labels}: its front-view label and both-poses sentence). */
    public Optional<Drawn> drawn(String key, ContentWords words, FigureRenderer.Labels labels) {
        Figure figure = byKey.get(key);
        if (figure == null) {
            return Optional.empty();
        }
        return Optional.of(drawn.computeIfAbsent(key + "|" + words.language().tag(), k -> {
            FigureRenderer.Labels all = new FigureRenderer.Labels(words.get(Figure.altKey(key)), labels.seenFromTheFront(), labels.bothPoses());
            return new Drawn(figure, all.alt(), FigureRenderer.moving(figure, all), FigureRenderer.still(figure, all));
        }));
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    public List<Figure> all() {
        return List.copyOf(byKey.values());
    }
}
