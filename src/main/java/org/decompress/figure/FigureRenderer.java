package org.decompress.figure;

import org.decompress.language.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link Figure} into SVG: one body model (real proportions, filled rounded segments, the
 * far limbs lighter), the props, and a dashed ring where the stretch is felt. The moving picture
 * goes from the start pose to the end pose and back (SMIL, 5 s, looping); the still one shows both
 * poses side by side with an arrow, for reduced motion and for print. No script, no style element:
 * the pages' Content-Security-Policy applies to these files too.
 */
public final class FigureRenderer {

    static final int WIDTH = 240;
    /** The still picture's panels are 5:3, so that both poses side by side fit a line of print. */
    static final int HEIGHT = 144;
    /**
     * The moving picture is 5:2: it takes a phone's whole width, and most figures lie, kneel or sit, so a
     * taller one is mostly empty above the body and makes the plan a screen longer.
     */
    static final int MOVING_HEIGHT = 96;
    static final double FLOOR = 128;

    // Segment lengths, from a body about 116 units tall standing; the trunk is the pelvis and lower
    // back, then the chest, so that a back can round or arch.
    private static final double TRUNK = 38;
    private static final double LOWER_BACK = 15;
    private static final double NECK = 5;
    private static final double HEAD = 8;
    private static final double UPPER_ARM = 19;
    private static final double FOREARM = 17;
    private static final double HAND = 5;
    private static final double THIGH = 28;
    private static final double SHIN = 27;
    private static final double FOOT = 9;
    private static final double HIP_WIDTH = 10;
    /** How tall the body stands, head to heel: what a pose's movement is measured against. */
    static final double STANDING_HEIGHT = THIGH + SHIN + TRUNK + NECK + 2 * HEAD;

    private static final String INK = "#1b1f24";
    private static final String FAR = "#8a96a3";
    /** The pictures' background (the pages' --soft): the edge that parts the near arm from what it crosses. */
    static final String HALO = "#f2f5f8";
    private static final String PROP = "#5f6b77";
    private static final String PROP_FILL = "#e3e8ed";
    private static final String STRETCH = "#c2410c";
    private static final int FRAMES = 7;
    /**
     * The still picture holds two poses in the width of one on a phone, so its words are drawn larger:
     * 11 units would be 7.6 px in a 332 px wide picture, too small to read; this makes them 12 px.
     */
    private static final double STILL_LABEL = 1.6;
    private static final String DURATION = "5s";

    private FigureRenderer() {
    }

    /** The words drawn with a picture, in the reader's language: what it shows, and the label of a front view. */
    public record Labels(String alt, String seenFromTheFront, String bothPoses) {
    }

    /** Fails on what cannot be drawn (an unknown prop), without drawing. */
    public static void check(Figure figure) {
        for (Prop prop : figure.props()) {
            extent(prop);
        }
        Pose start = figure.start();
        Pose end = figure.end();
        // The moving picture turns each angle of a limb to its match in the other pose.
        if (start.arm().size() != end.arm().size() || start.arm2().size() != end.arm2().size()
                || start.leg().size() != end.leg().size() || start.leg2().size() != end.leg2().size()) {
            throw new IllegalArgumentException("a limb has a different number of angles in the start and the end pose");
        }
    }

    /**
     * Where a pose puts the body's joints, in drawing units, always in the same order (hip, waist,
     * neck, head, shoulder, then each arm and leg from its root): two poses compare joint by joint.
     */
    static List<double[]> joints(Pose pose) {
        return Body.of(pose, 0).points();
    }

    /** The moving picture. */
    public static String moving(Figure figure, Labels words) {
        List<Body> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(Body.of(figure.start().towards(figure.end(), ease(i / (double) (FRAMES - 1))), figure.stretchAt()));
        }
        double[] view = frame(figure, frames, 1, MOVING_HEIGHT);
        StringBuilder svg = open(view, view[2], WIDTH, MOVING_HEIGHT, words.alt());
        floor(svg, view[0], view[2]);
        label(svg, figure, view, words, 1);
        List<Body> loop = new ArrayList<>(frames);
        for (int i = FRAMES - 2; i >= 0; i--) {
            loop.add(frames.get(i)); // and back
        }
        scene(svg, figure.props(), loop);
        return svg.append("</svg>\n").toString();
    }

    /** Both poses side by side, start then end. */
    public static String still(Figure figure, Labels words) {
        Body start = Body.of(figure.start(), figure.stretchAt());
        Body end = Body.of(figure.end(), figure.stretchAt());
        double[] view = frame(figure, List.of(start, end), STILL_LABEL, HEIGHT);
        double panel = view[2];
        StringBuilder svg = open(view, panel * 2, WIDTH * 2, HEIGHT, words.alt() + " " + words.bothPoses());
        floor(svg, view[0], panel * 2);
        label(svg, figure, view, words, STILL_LABEL);
        scene(svg, figure.props(), List.of(start));
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f 0)\">", panel));
        scene(svg, figure.props(), List.of(end));
        svg.append("</g>");
        double unit = panel / WIDTH;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f h%.1f m%.1f %.1f l%.1f %.1f l%.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
                view[0] + panel - 9 * unit, view[1] + 14 * unit, 18 * unit, -6 * unit, -5 * unit, 6 * unit, 5 * unit, -6 * unit, 5 * unit,
                PROP, 2.5 * unit));
        return svg.append("</svg>\n").toString();
    }

    /** The props, the body in its frames over them, and what is worn over the body. */
    private static void scene(StringBuilder svg, List<Prop> props, List<Body> frames) {
        props(svg, props);
        body(svg, frames);
        belts(svg, props);
    }

    /**
     * The part of the drawing that holds the body in every frame and the props, with a margin and
     * the floor at the bottom, widened or heightened to the picture's shape (WIDTH by height): a figure
     * lying down is drawn as large as the width allows, one standing up as the height does.
     */
    private static double[] frame(Figure figure, List<Body> frames, double labelSize, int pictureHeight) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Body b : frames) {
            for (double[] point : b.points()) {
                minX = Math.min(minX, point[0] - HEAD);
                maxX = Math.max(maxX, point[0] + HEAD);
                minY = Math.min(minY, point[1] - HEAD);
            }
        }
        for (Prop prop : figure.props()) {
            double[] box = extent(prop);
            minX = Math.min(minX, box[0]);
            maxX = Math.max(maxX, box[1]);
            minY = Math.min(minY, box[2]);
        }
        double margin = 8;
        minX -= margin;
        maxX += margin;
        minY -= margin + (figure.view() == Figure.View.FRONT ? 14 * labelSize : 0); // room for the label
        double bottom = FLOOR + 9;
        double width = maxX - minX;
        double height = bottom - minY;
        double ratio = WIDTH / (double) pictureHeight;
        if (width / height < ratio) {
            double wider = height * ratio;
            minX -= (wider - width) / 2;
            width = wider;
        } else {
            height = width / ratio;
            minY = bottom - height;
        }
        return new double[] {minX, minY, width, height};
    }

    /** Left, right and top of what a prop draws. */
    private static double[] extent(Prop prop) {
        double x = prop.at().get(0);
        double y = prop.at().size() > 1 ? prop.at().get(1) : FLOOR;
        return switch (prop.type()) {
            case "mat" -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, FLOOR}; // under the body: never widens the picture
            case "chair", "chair-with-back", "armchair" -> new double[] {x - 2, x + 38, y - 40};
            case "ball" -> new double[] {x - y, x + y, FLOOR + 3 - 2 * y};
            case "bar" -> new double[] {x, prop.at().get(2), y - 4};
            case "helper" -> new double[] {x - 4, x + 44, y - 74};
            case "frame" -> new double[] {x, x + 44, y - 4};
            case "stool" -> new double[] {x, x + 30, y};
            case "block" -> new double[] {x, x + 16, y};
            case "pillow" -> new double[] {x, x + 20, y};
            case "belt" -> new double[] {x, x + 26, y};
            case "wall" -> new double[] {x, x + 6, y};
            default -> throw new IllegalArgumentException("unknown prop '" + prop.type() + "'");
        };
    }

    private static double ease(double t) {
        return (1 - Math.cos(Math.PI * t)) / 2;
    }

    private static StringBuilder open(double[] view, double viewWidth, int width, int height, String alt) {
        String text = Markup.escaped(alt);
        return new StringBuilder(4096).append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                view[0], view[1], viewWidth, view[3], width, height, text, text));
    }

    /** A picture seen from the front says so in its top left corner: the others are side views. */
    private static void label(StringBuilder svg, Figure figure, double[] view, Labels words, double size) {
        if (figure.view() == Figure.View.FRONT) {
            double unit = view[2] / WIDTH;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"%.1f\" fill=\"%s\">",
                    view[0] + 6 * unit, view[1] + 15 * size * unit, 11 * size * unit, INK)).append(Markup.escaped(words.seenFromTheFront())).append("</text>");
        }
    }

    private static void floor(StringBuilder svg, double left, double width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"3\" stroke-linecap=\"round\"/>",
                left + 3, FLOOR + 5, left + width - 3, FLOOR + 5, PROP));
    }

    // ---------------------------------------------------------------------------------------------
    // The body
    // ---------------------------------------------------------------------------------------------

    /** The joints of one pose. */
    private record Body(double[] hip, double[] waist, double[] neck, double[] head, double[] shoulder,
            double[][] arm, double[][] arm2, double[][] leg, double[][] leg2, double[] stretch) {

        static Body of(Pose p, double stretchAt) {
            double[] hip = {p.hip().get(0), p.hip().get(1)};
            double[] waist = step(hip, LOWER_BACK, p.back());
            double[] neck = step(waist, TRUNK - LOWER_BACK, p.trunk());
            double[] head = step(neck, NECK + HEAD, p.head());
            double[] shoulder = step(waist, TRUNK * 0.88 - LOWER_BACK, p.trunk());
            double up = TRUNK * stretchAt;
            double[] stretch = up <= LOWER_BACK ? step(hip, up, p.back()) : step(waist, up - LOWER_BACK, p.trunk());
            double aside = Math.toRadians(p.kneesAside());
            return new Body(hip, waist, neck, head, shoulder, limb(shoulder, p.arm(), UPPER_ARM, FOREARM, HAND),
                    limb(shoulder, p.arm2(), UPPER_ARM, FOREARM, HAND),
                    aside(limb(hip, p.leg(), THIGH, SHIN, FOOT), aside, 0),
                    aside(limb(hip, p.leg2(), THIGH, SHIN, FOOT), aside, HIP_WIDTH), stretch);
        }

        /**
         * A leg turned about the line of a body lying on its back, by {@code aside} radians: its height
         * above the hip shrinks as the side view sees it, and a leg rooted {@code offset} further away
         * rises by as much as it now lies on top of the near one.
         */
        private static double[][] aside(double[][] leg, double aside, double offset) {
            if (aside == 0) {
                return leg;
            }
            double[] root = leg[0];
            double[][] turned = new double[leg.length][];
            for (int i = 0; i < leg.length; i++) {
                double lift = i == 0 ? 0 : offset * Math.sin(aside);
                turned[i] = new double[] {leg[i][0], root[1] + (leg[i][1] - root[1]) * Math.cos(aside) - lift};
            }
            return turned;
        }

        /** Every point the body reaches. */
        List<double[]> points() {
            List<double[]> points = new ArrayList<>(List.of(hip, waist, neck, head, shoulder));
            for (double[][] limb : new double[][][] {arm, arm2, leg, leg2}) {
                points.addAll(List.of(limb));
            }
            return points;
        }

        /** Joint points from the root: root, then the end of each segment (the hand or foot follows the last angle). */
        private static double[][] limb(double[] root, List<Double> angles, double first, double second, double end) {
            double[] a = step(root, first, angles.get(0));
            double[] b = step(a, second, angles.get(1));
            double[] c = step(b, end, angles.size() > 2 ? angles.get(2) : angles.get(1));
            return new double[][] {root, a, b, c};
        }

        private static double[] step(double[] from, double length, double degrees) {
            double r = Math.toRadians(degrees);
            return new double[] {from[0] + length * Math.cos(r), from[1] + length * Math.sin(r)};
        }
    }

    private static void body(StringBuilder svg, List<Body> frames) {
        // Far limbs first (behind), then the trunk and head, then the near limbs.
        svg.append("<g class=\"far-arm\">");
        limb(svg, frames, b -> b.arm2(), FAR, new double[] {7, 6, 5});
        svg.append("</g><g class=\"far-leg\">");
        limb(svg, frames, b -> b.leg2(), FAR, new double[] {11, 9, 5});
        svg.append("</g><g class=\"trunk\">");
        segment(svg, frames, b -> b.hip(), b -> b.waist(), INK, 18);
        segment(svg, frames, b -> b.waist(), b -> b.neck(), INK, 17);
        segment(svg, frames, b -> b.neck(), b -> between(b.neck(), b.head(), 0.45), INK, 6);
        circle(svg, frames, b -> b.head(), HEAD, INK, null);
        svg.append("</g><g class=\"near-leg\">");
        limb(svg, frames, b -> b.leg(), INK, new double[] {12, 9.5, 5});
        // The near arm last, over the legs and trunk it so often holds or leans on, and edged in the
        // background's colour: an arm carrying weight stays visible where it crosses a leg or the body.
        svg.append("</g><g class=\"near-arm\">");
        limb(svg, frames, b -> b.arm(), HALO, new double[] {11, 10, 8.5});
        limb(svg, frames, b -> b.arm(), INK, new double[] {7.5, 6.5, 5});
        svg.append("</g>");
        // Where the stretch is felt: a dashed ring, legible in black and white too.
        svg.append(String.format(Locale.ROOT, "<circle r=\"11\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" stroke-dasharray=\"4 3\"", STRETCH));
        attribute(svg, frames, "cx", b -> b.stretch()[0]);
        attribute(svg, frames, "cy", b -> b.stretch()[1]);
        close(svg, frames, "circle", animations(frames, "cx", b -> b.stretch()[0]) + animations(frames, "cy", b -> b.stretch()[1]));
    }

    /** Ends an element: empty for a still, else with its animations inside. */
    private static void close(StringBuilder svg, List<Body> frames, String element, String animations) {
        if (frames.size() == 1) {
            svg.append("/>");
        } else {
            svg.append('>').append(animations).append("</").append(element).append('>');
        }
    }

    private static double[] between(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
    }

    private static void limb(StringBuilder svg, List<Body> frames, java.util.function.Function<Body, double[][]> joints, String colour, double[] widths) {
        for (int s = 0; s < 3; s++) {
            int from = s;
            segment(svg, frames, b -> joints.apply(b)[from], b -> joints.apply(b)[from + 1], colour, widths[s]);
        }
    }

    private static void segment(StringBuilder svg, List<Body> frames, java.util.function.Function<Body, double[]> from,
            java.util.function.Function<Body, double[]> to, String colour, double width) {
        svg.append(String.format(Locale.ROOT, "<line stroke=\"%s\" stroke-width=\"%.1f\" stroke-linecap=\"round\"", colour, width));
        attribute(svg, frames, "x1", b -> from.apply(b)[0]);
        attribute(svg, frames, "y1", b -> from.apply(b)[1]);
        attribute(svg, frames, "x2", b -> to.apply(b)[0]);
        attribute(svg, frames, "y2", b -> to.apply(b)[1]);
        close(svg, frames, "line", animations(frames, "x1", b -> from.apply(b)[0]) + animations(frames, "y1", b -> from.apply(b)[1])
                + animations(frames, "x2", b -> to.apply(b)[0]) + animations(frames, "y2", b -> to.apply(b)[1]));
    }

    private static void circle(StringBuilder svg, List<Body> frames, java.util.function.Function<Body, double[]> centre, double r,
            String fill, String stroke) {
        svg.append(String.format(Locale.ROOT, "<circle r=\"%.1f\" fill=\"%s\"", r, fill));
        attribute(svg, frames, "cx", b -> centre.apply(b)[0]);
        attribute(svg, frames, "cy", b -> centre.apply(b)[1]);
        close(svg, frames, "circle", animations(frames, "cx", b -> centre.apply(b)[0]) + animations(frames, "cy", b -> centre.apply(b)[1]));
    }

    private static void attribute(StringBuilder svg, List<Body> frames, String name, java.util.function.ToDoubleFunction<Body> value) {
        svg.append(String.format(Locale.ROOT, " %s=\"%.1f\"", name, value.applyAsDouble(frames.get(0))));
    }

    /** The SMIL animation of one attribute through the frames; nothing for a still. */
    private static String animations(List<Body> frames, String name, java.util.function.ToDoubleFunction<Body> value) {
        if (frames.size() == 1) {
            return "";
        }
        StringBuilder values = new StringBuilder();
        for (Body frame : frames) {
            values.append(values.isEmpty() ? "" : ";").append(String.format(Locale.ROOT, "%.1f", value.applyAsDouble(frame)));
        }
        return String.format(Locale.ROOT, "<animate attributeName=\"%s\" dur=\"%s\" repeatCount=\"indefinite\" values=\"%s\"/>",
                name, DURATION, values);
    }

    // ---------------------------------------------------------------------------------------------
    // The props
    // ---------------------------------------------------------------------------------------------

    private static void props(StringBuilder svg, List<Prop> props) {
        for (Prop prop : props) {
            double x = prop.at().get(0);
            double y = prop.at().size() > 1 ? prop.at().get(1) : 0;
            switch (prop.type()) {
                case "mat" -> svg.append(rect(x, FLOOR + 1, y - x, 4, 2));
                case "chair" -> chair(svg, x, y, false, false);
                case "chair-with-back" -> chair(svg, x, y, true, false);
                case "armchair" -> chair(svg, x, y, true, true);
                case "ball" -> svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2.5\"/>", x, FLOOR + 3 - y, y, PROP_FILL, PROP));
                case "bar" -> svg.append(line(x, y, prop.at().get(2), y, 4)).append(line(x, y, x, FLOOR + 4, 3))
                        .append(line(prop.at().get(2), y, prop.at().get(2), FLOOR + 4, 3));
                case "block" -> svg.append(rect(x, y, 16, FLOOR + 3 - y, 2));
                case "pillow" -> svg.append(rect(x, y, 20, FLOOR + 3 - y, 4));
                case "stool" -> svg.append(rect(x, y, 30, FLOOR + 3 - y, 3));
                case "helper" -> svg.append(line(x, y, x + 30, y - 26, 6)).append(line(x + 30, y - 26, x + 40, y - 70, 8))
                        .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, PROP));
                case "frame" -> svg.append(line(x, FLOOR + 4, x + 22, y, 3)).append(line(x + 44, FLOOR + 4, x + 22, y, 3))
                        .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x + 22, y, PROP));
                case "wall" -> svg.append(rect(x, y, 6, FLOOR + 3 - y, 1));
                case "belt" -> { } // drawn over the body: see belts()
                default -> throw new IllegalArgumentException("unknown prop '" + prop.type() + "'");
            }
        }
    }

    /** A belt is worn: drawn over the body, round the waist. */
    private static void belts(StringBuilder svg, List<Prop> props) {
        for (Prop prop : props) {
            if (prop.type().equals("belt")) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"26\" height=\"12\" rx=\"3\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\" opacity=\"0.9\"/>",
                        prop.at().get(0), prop.at().get(1), PROP_FILL, PROP));
            }
        }
    }

    private static void chair(StringBuilder svg, double x, double seatY, boolean back, boolean arms) {
        svg.append(rect(x, seatY, 34, 5, 2)).append(line(x + 3, seatY + 5, x + 3, FLOOR + 4, 3)).append(line(x + 31, seatY + 5, x + 31, FLOOR + 4, 3));
        if (back) {
            svg.append(line(x + 32, seatY, x + 36, seatY - 38, 4));
        }
        if (arms) {
            svg.append(rect(x - 2, seatY - 18, 38, 6, 3));
        }
    }

    private static String rect(double x, double y, double w, double h, double r) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>",
                x, y, w, h, r, PROP_FILL, PROP);
    }

    private static String line(double x1, double y1, double x2, double y2, double width) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linecap=\"round\"/>",
                x1, y1, x2, y2, PROP, width);
    }
}
