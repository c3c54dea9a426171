package org.decompress.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads how many exercises a plan holds (1 to 3) and refuses anything else, so a wrong setting stops
 * the start with its name. A converter rather than {@code @Min}/{@code @Max}: constraints on a config
 * mapping make Quarkus start Hibernate Validator while it builds the configuration, which was a fifth
 * of the main thread's work before the first plan (JFR, issue 22).
 */
public class ExerciseCount implements Converter<Integer> {

    static final int FEWEST = 1;
    static final int MOST = 3;

    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("decompress.plan.default-max-exercises must be a whole number from 1 to 3, not '" + value + "'");
        }
        if (count < FEWEST || count > MOST) {
            throw new IllegalArgumentException("decompress.plan.default-max-exercises must be from 1 to 3, not " + count);
        }
        return count;
    }
}
