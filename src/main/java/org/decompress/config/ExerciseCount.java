package org.decompress.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads how many exercises a plan holds (1 to 3) and refuses anything else, so a wrong setting stops
 * the start with its name. A converter rather than {@code @Min}/{@code @Max}: constraints on a config
 * mapping make Quarkus start Hibernate Validator while it builds the configuration, which was a fifth
 * of the main thread's work before the first plan (JFR, issue 22).
 */
public class ExerciseCount implements Converter<Integer> {

    /** The fewest and the most exercises a plan may hold, and how many when neither answers nor settings say: the one place they are written. */
    public static final int FEWEST = 1;
    public static final int MOST = 3;
    public static final int BY_DEFAULT = 3;
    /** {@link #BY_DEFAULT} as a setting's default is written. */
    public static final String BY_DEFAULT_SETTING = "" + BY_DEFAULT;

    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("decompress.plan.default-max-exercises must be a whole number from " + FEWEST + " to " + MOST + ", not '" + value + "'");
        }
        if (count < FEWEST || count > MOST) {
            throw new IllegalArgumentException("decompress.plan.default-max-exercises must be from " + FEWEST + " to " + MOST + ", not " + count);
        }
        return count;
    }
}
