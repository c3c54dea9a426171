package org.decompress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseCountTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", " 3 "})
    void takesOneToThree(String value) {
        assertThat(new ExerciseCount().convert(value)).isBetween(1, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "-1", "99"})
    void refusesACountOutsideOneToThreeNamingTheSetting(String value) {
        assertThatThrownBy(() -> new ExerciseCount().convert(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decompress.plan.default-max-exercises").hasMessageContaining("1 to 3");
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> new ExerciseCount().convert("three"))
                .hasMessageContaining("decompress.plan.default-max-exercises").hasMessageContaining("'three'");
    }
}
