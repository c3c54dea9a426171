package org.decompress.figure;

import java.util.List;

/** Something drawn with the body: the floor is always there; {@code at} places it (see {@link FigureRenderer}). */
public record Prop(String type, List<Double> at) {
}
