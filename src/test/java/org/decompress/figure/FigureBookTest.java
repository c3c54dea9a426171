package org.decompress.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.decompress.catalog.CatalogException;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/** The figures: every exercise, variant and the cooldown has one, with words; one body model draws them all. */
class FigureBookTest {

    static final FigureBook BOOK = FigureBook.load(Engine.CATALOG, Engine.LANGUAGES);
    static final FigureRenderer.Labels LABELS = new FigureRenderer.Labels(null, "Seen from the front", "Left: how it starts. Right: how it ends.");

    static FigureBook.Drawn drawn(String key) {
        return BOOK.drawn(key, Engine.TEXTS, LABELS).orElseThrow();
    }

    @Test
    void everyExerciseEveryVariantAndTheCooldownHasAFigureWithWords() {
        List<String> keys = FigureBook.keysOf(Engine.CATALOG);

        assertThat(keys).contains("lumbar-rolls-pelvic-tilts", "knees-to-chest--one-leg", "side-decompression--supported",
                "decompression-devices--inversion-table", "lumbar-rolls-pelvic-tilts--pelvic-tilts", "lumbar-rolls-pelvic-tilts--wall")
                .hasSize(23);
        assertThat(keys).allSatisfy(key -> {
            assertThat(BOOK.find(key)).as(key).isPresent();
            assertThat(drawn(key).alt()).as(key).hasSizeGreaterThan(60);
        });
    }

    @Test
    void aMissingFigureStopsTheStartNamingIt() {
        List<Figure> all = new ArrayList<>(BOOK.all());
        all.removeIf(f -> f.key().equals("knees-to-chest--one-leg"));

        assertThatThrownBy(() -> FigureBook.of(Engine.CATALOG, all, Engine.TEXTS))
                .isInstanceOf(CatalogException.class).hasMessageContaining("figure 'knees-to-chest--one-leg': missing");
    }

    @Test
    void aFigureWithoutWordsStopsTheStart() {
        List<Figure> all = new ArrayList<>(BOOK.all());
        Figure childsPose = BOOK.find("childs-pose").orElseThrow();
        all.add(new Figure("childs-pose--wide-knees", childsPose.props(), childsPose.start(), childsPose.end(), childsPose.stretchAt(), null));

        assertThatThrownBy(() -> FigureBook.of(Engine.CATALOG, all, Engine.TEXTS))
                .isInstanceOf(CatalogException.class).hasMessageContaining("figure 'childs-pose--wide-knees': figure.childs-pose--wide-knees.alt");
    }

    @Test
    void theMovingPictureLoopsBetweenItsPosesAndTheStillOneShowsBoth() {
        FigureBook.Drawn knees = drawn("knees-to-chest");

        assertThat(knees.moving()).startsWith("<svg").contains("role=\"img\"").contains("<title>Lying on the back")
                .contains("<animate attributeName=").contains("repeatCount=\"indefinite\"")
                .doesNotContain("<script").doesNotContain("<style").doesNotContain("style=");
        assertThat(knees.still()).contains("width=\"480\" height=\"144\"").doesNotContain("<animate")
                .contains("<g transform=\"translate(").contains("Left: how it starts. Right: how it ends.");
        // Where the stretch is felt: a dashed ring in both.
        assertThat(knees.moving()).contains("stroke-dasharray");
        assertThat(knees.still()).contains("stroke-dasharray");
    }

    @Test
    void theExercisesThatRoundTheBackShowItRoundedAndABackLeftOutIsStraight() {
        for (String key : List.of("camel-pose", "childs-pose", "chair-flexion", "knees-to-chest", "knees-to-chest--one-leg")) {
            Pose start = BOOK.find(key).orElseThrow().start();
            Pose end = BOOK.find(key).orElseThrow().end();
            assertThat(start.back()).as(key + ": starts with a straight back").isEqualTo(start.trunk());
            assertThat(Math.abs(end.back() - end.trunk())).as(key + ": ends with the lower back and chest at an angle").isGreaterThan(5);
        }
        Pose slump = BOOK.find("gokhale-sitting").orElseThrow().start();
        assertThat(slump.back()).as("a slump: the pelvis tips back further than the chest").isLessThan(slump.trunk());
    }

    @Test
    void aFigureSeenFromTheFrontSaysSoAndASideViewDoesNot() {
        for (String key : List.of("side-decompression", "side-decompression--supported", "chair-hover")) {
            FigureBook.Drawn front = drawn(key);
            assertThat(front.figure().view()).as(key).isEqualTo(Figure.View.FRONT);
            assertThat(front.moving()).as(key).contains(">Seen from the front</text>");
            assertThat(front.still()).as(key).contains(">Seen from the front</text>");
        }
        assertThat(drawn("knees-to-chest").moving()).doesNotContain("<text");
    }

    @Test
    void anUnknownPropIsRefused() {
        Figure knees = BOOK.find("knees-to-chest").orElseThrow();
        List<Figure> all = new ArrayList<>(BOOK.all());
        all.remove(knees);
        all.add(new Figure(knees.key(), List.of(new Prop("trampoline", List.of(1.0, 2.0))), knees.start(), knees.end(), 0.2, null));

        assertThatThrownBy(() -> FigureBook.of(Engine.CATALOG, all, Engine.TEXTS)).hasMessageContaining("unknown prop 'trampoline'");
    }

    @Test
    void armsThatCarryWeightAreDrawnOverTheLegsAndBodyTheyHoldAndEdgedToStandOut() {
        // Hands round the knees, on the floor, on a seat or a bar: the near arm is drawn last, edged
        // in the background's colour, so it shows where it crosses a leg or the trunk (it did not).
        for (String key : List.of("knees-to-chest", "knees-to-chest--one-leg", "camel-pose", "ball-decompression", "armrest-hang",
                "chair-hover", "bar-hang", "side-decompression--supported")) {
            for (String svg : List.of(drawn(key).moving(), drawn(key).still())) {
                int arm = svg.lastIndexOf("<g class=\"near-arm\">");
                assertThat(arm).as(key).isGreaterThan(svg.lastIndexOf("<g class=\"near-leg\">")).isGreaterThan(svg.lastIndexOf("<g class=\"trunk\">"))
                        .isGreaterThan(svg.lastIndexOf("<g class=\"far-leg\">"));
                String nearArm = svg.substring(arm, svg.indexOf("</g>", arm));
                assertThat(nearArm).as(key).contains("stroke=\"" + FigureRenderer.HALO + "\"").contains("stroke=\"#1b1f24\"");
            }
        }
    }

    @Test
    void theFrontViewLabelCanBeReadOnAPhoneInBothPictures() {
        // A phone shows a picture 332 px wide (390 px less the page's and the card's margins); the
        // still one holds two poses in that width. Its label must still be about 11 px or more.
        for (String key : List.of("side-decompression", "side-decompression--supported", "chair-hover")) {
            for (String svg : List.of(drawn(key).moving(), drawn(key).still())) {
                java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ").matcher(svg);
                java.util.regex.Matcher font = java.util.regex.Pattern.compile("font-size=\"([0-9.]+)\"").matcher(svg);
                assertThat(box.find() && font.find()).as(key).isTrue();
                double px = Double.parseDouble(font.group(1)) / Double.parseDouble(box.group(1)) * 332;
                assertThat(px).as(key + ": the label's size in px on a phone").isGreaterThanOrEqualTo(11);
            }
        }
    }

    @Test
    void aLimbWithAnotherNumberOfAnglesAtTheEndIsRefused() {
        Figure knees = BOOK.find("knees-to-chest").orElseThrow();
        Pose end = knees.end();
        Pose handsBent = new Pose(end.hip(), end.back(), end.trunk(), end.head(), List.of(-60.0, 10.0, 90.0), null, end.leg(), null, null);
        List<Figure> all = new ArrayList<>(BOOK.all());
        all.remove(knees);
        all.add(new Figure(knees.key(), knees.props(), knees.start(), handsBent, 0.15, null));

        assertThatThrownBy(() -> FigureBook.of(Engine.CATALOG, all, Engine.TEXTS)).hasMessageContaining("figure 'knees-to-chest': a limb has a different number of angles");
    }
}
