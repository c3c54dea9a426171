package org.decompress.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;

/**
 * Pictures that teach: a figure's start and end poses differ so that a reader sees the movement.
 * Writes what it measures to {@code target/screenshots/figure-poses.txt}, and every still picture on
 * one phone-wide page ({@code target/screenshots/figures/phone-sheet.html}) to look at.
 */
class FigurePosesTest {

    /**
     * The largest distance one joint travels between the poses, as a share of the body's standing
     * height: at least the head's width (16 of 114 units). In a picture the width of a phone, where
     * a lying body is drawn some 250 px long, that is a hand or knee moving 35 px or more. The
     * smallest movements the figures showed before (a head turning 3 degrees, a pelvis sliding 4
     * units) stayed under 0.05 and read as two copies of one picture.
     */
    static final double VISIBLY_DIFFERENT = 0.14;

    /**
     * A pelvic tilt alone moves no joint far: what a reader sees is the lower back's bend against the
     * chest, which must change by at least this many degrees. Only the forms that are nothing but a
     * pelvic tilt are measured so; every other figure by its joints' travel.
     */
    static final double VISIBLY_BENT = 20;
    static final java.util.Set<String> PELVIC_TILTS_ONLY = java.util.Set.of("lumbar-rolls-pelvic-tilts--pelvic-tilts", "lumbar-rolls-pelvic-tilts--wall");

    /** In the catalog's order, the cooldown first. */
    static List<Figure> figures() {
        return FigureBook.keysOf(Engine.CATALOG).stream().map(key -> FigureBookTest.BOOK.find(key).orElseThrow()).toList();
    }

    /** Largest joint travel between start and end, over the standing height. */
    static double difference(Figure figure) {
        List<double[]> start = FigureRenderer.joints(figure.start());
        List<double[]> end = FigureRenderer.joints(figure.end());
        double largest = 0;
        for (int i = 0; i < start.size(); i++) {
            largest = Math.max(largest, Math.hypot(end.get(i)[0] - start.get(i)[0], end.get(i)[1] - start.get(i)[1]));
        }
        return largest / FigureRenderer.STANDING_HEIGHT;
    }

    /** How much the angle between lower back and chest changes, in degrees: a back rounding, flattening or arching. */
    static double bendChange(Figure figure) {
        return Math.abs((figure.end().back() - figure.end().trunk()) - (figure.start().back() - figure.start().trunk()));
    }

    @Test
    void everyFiguresStartAndEndDifferVisibly() throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> tooAlike = new ArrayList<>();
        for (Figure figure : figures()) {
            double d = difference(figure);
            lines.add(String.format(Locale.ROOT, "%-45s %.3f", figure.key(), d));
            double bend = bendChange(figure);
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + String.format(Locale.ROOT, "   lower back bend change %4.1f deg", bend));
            if (PELVIC_TILTS_ONLY.contains(figure.key()) ? bend < VISIBLY_BENT : d < VISIBLY_DIFFERENT) {
                tooAlike.add(figure.key() + String.format(Locale.ROOT, " (%.3f)", d));
            }
        }
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        Files.writeString(out.resolve("figure-poses.txt"), "largest joint travel start to end, share of standing height (visibly different from " + VISIBLY_DIFFERENT
                + "; the pelvic tilts alone: the lower back bends " + VISIBLY_BENT + " degrees more or less)\n" + String.join("\n", lines) + "\n");
        writePhoneSheet(out.resolve("figures"));

        assertThat(tooAlike).as("figures whose start and end look alike").isEmpty();
    }

    @Test
    void theMeasureSeesAMovementAndNotAStillPose() {
        Figure knees = FigureBookTest.BOOK.find("knees-to-chest").orElseThrow();
        assertThat(difference(new Figure("same", List.of(), knees.start(), knees.start(), 0.2, null))).isZero();
        // The knees drawn up to the chest: the feet travel most of a leg's length.
        assertThat(difference(knees)).isGreaterThan(0.3);
    }

    /** Every figure's still picture, one under another, as a phone shows it: to look at, not to assert on. */
    private static void writePhoneSheet(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Figures at phone width</title>"
                + "<style>body{margin:0;padding:8px;font:14px sans-serif;width:374px}img{display:block;width:100%;height:auto;background:#f1f4f7}"
                + "p{margin:8px 0 2px}</style>\n");
        for (Figure figure : figures()) {
            FigureBook.Drawn drawn = FigureBookTest.drawn(figure.key());
            Files.writeString(dir.resolve(figure.key() + "-still.svg"), drawn.still());
            Files.writeString(dir.resolve(figure.key() + ".svg"), drawn.moving());
            html.append("<p>").append(figure.key()).append(String.format(Locale.ROOT, " (%.2f)", difference(figure)))
                    .append("</p><img src=\"").append(figure.key()).append("-still.svg\" alt=\"\">\n");
        }
        Files.writeString(dir.resolve("phone-sheet.html"), html);
    }
}
