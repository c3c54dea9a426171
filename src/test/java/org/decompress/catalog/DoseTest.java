package org.decompress.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class DoseTest {

    private static final Dose EVERY_FIELD = new Dose(30, 45, 10, 5, 8, true, "slowly", 2, 3);

    @Test
    void withoutTimesADayDropsOnlyHowOftenADay() throws ReflectiveOperationException {
        Dose once = EVERY_FIELD.withoutTimesADay();

        assertThat(once.timesADay()).isNull();
        // Every other field, including one added later, must survive: the page's dose sentence relies on it.
        for (RecordComponent field : Dose.class.getRecordComponents()) {
            if (!field.getName().equals("timesADay")) {
                assertThat(field.getAccessor().invoke(once)).as(field.getName())
                        .isNotNull()
                        .isEqualTo(field.getAccessor().invoke(EVERY_FIELD));
            }
        }
    }
}
