package org.decompress.figure;

import java.util.List;

/**
 * One picture: an exercise (or one of its variants, or the cooldown) as a start and an end pose
 * with its props, and where the stretch is felt ({@code stretchAt}: how far up the trunk from the hip, 0 to 1, along the lower back and then the chest). {@code key} is the
 * exercise id, or {@code id--variant}.
 */
public record Figure(String key, List<Prop> props, Pose start, Pose end, double stretchAt, View view) {

    /** Where the picture is seen from: most from the side; a sideways movement from the front, and labelled so. */
    public enum View { SIDE, FRONT }

    public Figure {
        view = view == null ? View.SIDE : view;
    }

    /** Where its words are: what it shows, for people who cannot see it (messages/catalog_xx.properties). */
    public static String altKey(String key) {
        return "figure." + key + ".alt";
    }

    public static String keyOf(String exerciseId, String variant) {
        return variant == null ? exerciseId : exerciseId + "--" + variant;
    }
}
