package org.decompress.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.decompress.language.ContentWords;
import org.decompress.language.Language;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/** A bad catalog must stop the start with a message that names the entry and the field. */
class CatalogLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogLoader loader = new CatalogLoader(Engine.VALIDATOR);

    @Test
    void theShippedCatalogIsValidAndHasTheContractIds() {
        Catalog catalog = loader.loadFromClasspath(Engine.TEXTS);

        assertThat(catalog.exercises()).extracting(Exercise::id).containsExactly("lumbar-rolls-pelvic-tilts", "knees-to-chest",
                "childs-pose", "camel-pose", "chair-flexion", "side-decompression", "posture-reset", "manual-traction",
                "ball-decompression", "armrest-hang", "chair-hover", "bar-hang", "sacrum-block-stretch",
                "decompression-devices", "gokhale-sitting");
    }

    @Test
    void aVariantInheritsEveryTraitItDoesNotChange() {
        Exercise side = loader.loadFromClasspath(Engine.TEXTS).get("side-decompression");
        Traits supported = side.variant("supported").orElseThrow().traits();

        assertThat(supported.needsBalance()).isFalse();
        assertThat(supported).usingRecursiveComparison().ignoringFields("needsBalance").isEqualTo(side.traits());
    }

    @Test
    void aMisspeltTraitNamesTheEntryAndTheField() {
        assertThatThrownBy(() -> loadChanged(3, e -> {
            ObjectNode traits = (ObjectNode) e.get("traits");
            traits.set("loadsArm", traits.remove("loadsArms"));
        }))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'childs-pose'")
                .hasMessageContaining("traits.loadsArm");
    }

    @Test
    void aMissingTraitNamesTheEntryAndTheField() {
        assertThatThrownBy(() -> loadChanged(4, e -> ((ObjectNode) e.get("traits")).remove("intensity")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'camel-pose'")
                .hasMessageContaining("traits.intensity: must not be null");
    }

    @Test
    void anUnknownMovementNamesTheEntryAndTheField() {
        assertThatThrownBy(() -> loadChanged(2, e -> ((ArrayNode) e.get("traits").get("movements")).set(0, "TWIST")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'knees-to-chest'")
                .hasMessageContaining("traits.movements[0]");
    }

    @Test
    void aDoseWithNothingInItIsRefused() {
        assertThatThrownBy(() -> loadChanged(2, e -> e.set("dose", JSON.createObjectNode())))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'knees-to-chest'")
                .hasMessageContaining("dose.specified: must give holdSeconds, repetitions, minutes or a note");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThatThrownBy(() -> loadChanged(3, e -> e.put("id", "knees-to-chest")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'knees-to-chest': id: appears more than once");
    }

    @Test
    void aCatalogWithoutItsCooldownIsRefused() {
        assertThatThrownBy(() -> loadChanged(1, e -> e.put("role", "DECOMPRESSION")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("exactly one exercise must have role COOLDOWN, found 0");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> loadChanged(2, e -> {
            e.put("id", "toe-touch");
            ((ObjectNode) e.get("traits")).remove("kneeling");
        })).hasMessageContaining("'toe-touch'): name: no words in messages/catalog_en.properties")
                .hasMessageContaining("summary: no words").hasMessageContaining("traits.kneeling: must not be null");
    }

    @Test
    void wordsInTheCatalogInsteadOfTheMessageFilesAreRefused() {
        assertThatThrownBy(() -> loadChanged(2, e -> e.put("name", "Knees to chest")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'knees-to-chest'): name: words belong in the message files, not in the catalog");
    }

    @Test
    void theCatalogTakesItsWordsFromTheMessageFiles() {
        Exercise knees = loader.loadFromClasspath(Engine.TEXTS).get("knees-to-chest");

        assertThat(knees.name()).isEqualTo(Engine.TEXTS.get("exercise.knees-to-chest.name"));
        assertThat(knees.steps()).hasSize(5).startsWith(Engine.TEXTS.get("exercise.knees-to-chest.step.1"));
        assertThat(knees.variant("one-leg").orElseThrow().steps()).hasSize(4);
        assertThat(loader.loadFromClasspath(Engine.TEXTS).get("decompression-devices").dose().note())
                .isEqualTo(Engine.TEXTS.get("exercise.decompression-devices.note"));
    }

    /**
     * A plan that gives a form shows that form's summary: the description only says how it differs
     * from the exercise ("the same stretch while..."), so each form needs a summary of its own, and
     * one that is not the exercise's (the one-leg form of knees to chest does not hug both knees in).
     */
    @Test
    void everyVariantHasASummaryOfItsOwnInEveryLanguage() {
        int variants = 0;
        for (Language language : Engine.LANGUAGES.listed()) {
            for (Exercise exercise : Engine.CATALOGS.in(language).exercises()) {
                for (Variant variant : exercise.variants()) {
                    assertThat(variant.summary()).as(language.tag() + ": " + exercise.id() + " " + variant.id()).isNotBlank()
                            .isNotEqualTo(exercise.summary()).isNotEqualTo(variant.description());
                    assertThat(exercise.summaryOf(variant.id())).isEqualTo(variant.summary());
                    variants++;
                }
                assertThat(exercise.summaryOf(null)).isEqualTo(exercise.summary());
            }
        }
        assertThat(variants).as("variants in English and Spanish").isEqualTo(2 * 8);
        Language spanish = Engine.LANGUAGES.find("es").orElseThrow();
        assertThat(Engine.CATALOGS.in(spanish).get("knees-to-chest").summaryOf("one-leg"))
                .isEqualTo("Boca arriba, abrace una rodilla cada vez mientras el otro pie sigue apoyado en el suelo.");
        assertThat(Engine.CATALOG.get("knees-to-chest").summaryOf("one-leg")).contains("one knee").doesNotContain("knees in");
    }

    @Test
    void aVariantWithoutItsSummaryStopsTheStartInEveryLanguage() throws IOException {
        for (String tag : new String[] {"en", "es"}) {
            Language language = Engine.LANGUAGES.find(tag).orElseThrow();
            ContentWords all = Engine.LANGUAGES.contentWords(language);
            Map<String, String> words = new HashMap<>();
            all.keys().forEach(key -> words.put(key, all.get(key)));
            words.remove("exercise.knees-to-chest.variant.one-leg.summary");
            // No fallback to English: this language's words alone, as a file without the key would give them.
            ContentWords without = new ContentWords(language, words, key -> Optional.empty());

            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.RESOURCE)) {
                assertThatThrownBy(() -> loader.load(in, CatalogLoader.RESOURCE, without)).as(tag)
                        .isInstanceOf(CatalogException.class)
                        .hasMessageContaining("('knees-to-chest'): variant 'one-leg': summary: no words in messages/catalog_" + tag + ".properties");
            }
        }
    }

    private Catalog loadChanged(int entryNumber, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept((ObjectNode) root.get("exercises").get(entryNumber - 1));
        return loader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "test-catalog.json", Engine.TEXTS);
    }
}
