package org.decompress.web;

import java.util.ArrayList;
import java.util.List;
import org.decompress.language.Messages;
import org.decompress.plan.CheckInSummary;
import org.decompress.plan.PainPoint;

/**
 * The pain at the start and at each check-in as a small line chart drawn on the server (SVG, no
 * script), with the same numbers in words (in the page's language) for screen readers and print.
 */
public record PainChart(int width, int height, String line, List<Dot> dots, List<Integer> gridLevels, String description) {

    /** One point of the chart with its label under the axis. */
    public record Dot(int x, int y, int pain, String label) {
    }

    static final int WIDTH = 320;
    static final int HEIGHT = 160;
    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    public static PainChart of(CheckInSummary summary, Messages msg) {
        List<PainPoint> pain = summary.pain();
        int lastWeek = Math.max(1, pain.get(pain.size() - 1).week());
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (PainPoint point : pain) {
            int x = LEFT + (WIDTH - LEFT - RIGHT) * point.week() / lastWeek;
            int y = TOP + (HEIGHT - TOP - BOTTOM) * (10 - point.painLevel()) / 10;
            boolean start = point.week() == 0;
            dots.add(new Dot(x, y, point.painLevel(), start ? msg.chart_start() : msg.chart_week_short(point.week())));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            words.add(msg.chart_point(start ? msg.chart_start() : msg.chart_week(point.week()), point.painLevel()));
        }
        return new PainChart(WIDTH, HEIGHT, line.toString(), List.copyOf(dots), List.of(0, 5, 10),
                msg.chart_description(String.join("; ", words)));
    }

    /** The y of a pain level, for the grid lines. */
    public int yOf(int painLevel) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (10 - painLevel) / 10;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int axisY() {
        return HEIGHT - BOTTOM + 18;
    }
}
