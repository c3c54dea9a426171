package org.decompress.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.decompress.language.Language;
import org.decompress.language.ContentWords;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/**
 * A figure draws only what its words name: a reader who sees a step, a chair or a bar in the picture
 * finds it in the steps (or, for a device's form without steps of its own, in the form's name and
 * description), in every language that has words for the props here.
 */
class FigurePropsTest {

    /**
     * What each prop stands for, as the steps say it, per language. The mat is the floor or bed the
     * body lies or kneels on ("hands and knees" are on the floor). A stool is drawn for any low seat or step: a chair seat, a sofa, a chair seen from
     * the front. A frame is a device's stand; a bar also a bench or table held on to.
     */
    static final Map<String, Map<String, List<String>>> NAMED_AS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("mat", List.of("floor", "bed", "mat", "hands and knees")),
                    Map.entry("chair", List.of("chair")),
                    Map.entry("chair-with-back", List.of("back rest")),
                    Map.entry("armchair", List.of("armchair")),
                    Map.entry("ball", List.of("ball")),
                    Map.entry("bar", List.of("bar", "bench", "table")),
                    Map.entry("helper", List.of("helper")),
                    Map.entry("frame", List.of("table", "machine", "device")),
                    Map.entry("stool", List.of("stool", "step", "chair", "sofa")),
                    Map.entry("block", List.of("block", "towel")),
                    Map.entry("pillow", List.of("pillow")),
                    Map.entry("belt", List.of("belt", "harness")),
                    Map.entry("wall", List.of("wall"))),
            "es", Map.ofEntries(
                    Map.entry("mat", List.of("suelo", "cama", "colchoneta")),
                    Map.entry("chair", List.of("silla")),
                    Map.entry("chair-with-back", List.of("respaldo")),
                    Map.entry("armchair", List.of("sillón")),
                    Map.entry("ball", List.of("pelota")),
                    Map.entry("bar", List.of("barra", "mostrador", "mesa")),
                    Map.entry("helper", List.of("ayuda")),
                    Map.entry("frame", List.of("mesa", "máquina", "aparato")),
                    Map.entry("stool", List.of("taburete", "escalón", "silla", "sofá")),
                    Map.entry("block", List.of("bloque", "toalla")),
                    Map.entry("pillow", List.of("almohada")),
                    Map.entry("belt", List.of("cinturón", "arnés")),
                    Map.entry("wall", List.of("pared"))));

    @Test
    void everyPropAFigureDrawsIsNamedInItsSteps() {
        List<String> unnamed = new ArrayList<>();
        for (Language language : Engine.LANGUAGES.listed()) {
            Map<String, List<String>> named = NAMED_AS.get(language.tag());
            if (named == null) {
                continue; // a language added as files only: its props' words are not known here
            }
            ContentWords texts = Engine.LANGUAGES.contentWords(language);
            for (Figure figure : FigurePosesTest.figures()) {
                String words = wordsFor(figure.key(), texts).toLowerCase(Locale.ROOT);
                for (Prop prop : figure.props()) {
                    assertThat(named).as("words for the prop '" + prop.type() + "'").containsKey(prop.type());
                    if (named.get(prop.type()).stream().noneMatch(words::contains)) {
                        unnamed.add(language.tag() + ": " + figure.key() + " draws a " + prop.type() + " its steps never name");
                    }
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void theSideDecompressionStandsOnTheFloorAsItsStepsSay() {
        // The reference exercise stands on the floor; a step under the foot was drawn once and named nowhere.
        for (String key : List.of("side-decompression", "side-decompression--supported")) {
            assertThat(FigureBookTest.BOOK.find(key).orElseThrow().props()).as(key).extracting(Prop::type).doesNotContain("stool");
        }
    }

    /** The steps of the figure's form (its exercise's when it has none of its own), with the form's name and description. */
    static String wordsFor(String figureKey, ContentWords texts) {
        String[] parts = figureKey.split("--");
        String exercise = "exercise." + parts[0];
        String form = parts.length > 1 ? exercise + ".variant." + parts[1] : exercise;
        StringBuilder words = new StringBuilder();
        String stepsOf = texts.find(form + ".step.1").isPresent() ? form : exercise;
        for (int n = 1; texts.find(stepsOf + ".step." + n).isPresent(); n++) {
            words.append(texts.get(stepsOf + ".step." + n)).append('\n');
        }
        if (parts.length > 1 && !stepsOf.equals(form)) {
            for (String part : List.of(".name", ".description")) {
                Optional<String> text = texts.find(form + part);
                text.ifPresent(t -> words.append(t).append('\n'));
            }
        }
        return words.toString();
    }
}
