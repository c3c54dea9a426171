package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.decompress.config.OpenApiExamples;

/**
 * How the last plan went (README, "Check-ins"). Every field is required. Health data: travels
 * with the answers, never stored, never logged ({@link #toString()} shows no value).
 */
@Schema(description = "How the last plan went. Every field is required; check-ins come oldest first.",
        example = OpenApiExamples.CHECK_IN)
public record CheckIn(
        @Schema(description = "Weeks since the first plan, 1 to 52; strictly increasing from one check-in to the next")
        @NotNull @Min(1) @Max(MAX_WEEK) Integer week,
        @Schema(description = "Back pain now, 0 to 10")
        @NotNull @Min(0) @Max(10) Integer painLevel,
        @NotNull @Min(0) @Max(MAX_SESSIONS) Integer sessionsPerWeek,
        @Schema(description = "Pain worse than usual the morning after exercising")
        @NotNull Boolean nextMorningWorse,
        @Schema(description = "Leg pain or tingling spreading further down, or new numbness or weakness")
        @NotNull Boolean legSymptomsSpreading,
        @NotNull Overall overall,
        @NotNull @Size(max = 16) List<@NotNull @Valid ExerciseCheck> exercises) {

    public static final int MAX_CHECK_INS = 12;
    /** A check-in comes at most a year after the first plan. */
    public static final int MAX_WEEK = 52;
    /** Three sessions a day, every day. */
    public static final int MAX_SESSIONS = 21;

    @Override
    public String toString() {
        return "CheckIn[withheld: health data]";
    }
}
