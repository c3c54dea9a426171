package org.decompress.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
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

    private Catalog loadChanged(int entryNumber, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept((ObjectNode) root.get("exercises").get(entryNumber - 1));
        return loader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "test-catalog.json", Engine.TEXTS);
    }
}
