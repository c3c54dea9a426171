package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.decompress.config.OpenApiExamples;

/** How much of an exercise to do; only the fields that apply are set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How much of an exercise to do; only the fields that apply are present.", example = OpenApiExamples.DOSE)
public record Dose(
        @Positive Integer holdSeconds,
        @Positive Integer maxHoldSeconds,
        @Positive Integer repetitions,
        @Positive Integer minutes,
        @Positive Integer maxMinutes,
        Boolean eachSide,
        String note,
        /** How many holds (or rounds) in one session. */
        @Positive Integer holds,
        /** How many sessions a day. */
        @Positive Integer timesADay) {

    @AssertTrue(message = "must give holdSeconds, repetitions, minutes or a note")
    boolean isSpecified() {
        return holdSeconds != null || repetitions != null || minutes != null || (note != null && !note.isBlank());
    }

    /** The same dose without how many sessions a day, for a page that says it once for the whole session. */
    public Dose withoutTimesADay() {
        return new Dose(holdSeconds, maxHoldSeconds, repetitions, minutes, maxMinutes, eachSide, note, holds, null);
    }
}
