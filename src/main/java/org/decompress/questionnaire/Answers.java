package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.decompress.config.ExerciseCount;
import org.decompress.catalog.Equipment;
import org.decompress.config.OpenApiExamples;

/**
 * A person's answers as sent to {@code POST /api/plans}. Health data: never logged, never stored,
 * which is why {@link #toString()} shows no value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@CheckInsFitTheCatalog
@AnswersAgree
@Schema(description = "A person's answers to the questionnaire. Every field is optional except painLevel; unknown fields are refused.", example = OpenApiExamples.ANSWERS)
public record Answers(
        List<@NotNull RedFlag> redFlags,
        List<@NotNull Condition> conditions,
        @NotNull @Min(0) @Max(10) Integer painLevel,
        Boolean painIntoLeg,
        BendingEffect bendingForward,
        BendingEffect bendingBackward,
        Boolean canGetOnFloor,
        Boolean helperAvailable,
        List<@NotNull Equipment> equipment,
        Boolean sitsForLongPeriods,
        @Min(ExerciseCount.FEWEST) @Max(ExerciseCount.MOST) Integer maxExercises,
        @Schema(description = "Age in years; under 16 is outside this service (a referral)")
        @Min(1) @Max(120) Integer age,
        @Schema(description = "Weeks of pregnancy, 1 to 42; read only with the condition PREGNANCY, where missing means 20 or more")
        @Min(1) @Max(42) Integer pregnancyWeeks,
        @Schema(description = "With HIGH_BLOOD_PRESSURE: whether it was below 160/90 at the last check; missing means UNKNOWN")
        BloodPressureControl bloodPressureControlled,
        @Schema(description = "A doctor (or in pregnancy a midwife) has said that exercise is safe (read with heart disease, dizziness or "
                + "fainting, high blood pressure, and high blood pressure in pregnancy)")
        Boolean doctorClearedExercise,
        @Schema(description = "With HEART_DISEASE (and only with it): whether the heart condition is stable (PAR-Q+ 2023 follow-ups 3a-3d); "
                + "missing means UNKNOWN")
        HeartConditionStable heartConditionStable,
        @Schema(description = "With FALLS (and only with it): hurt in a fall, two or more falls in the last year, could not get up alone, or "
                + "blacked out; missing means not known")
        Boolean fallHurtOrRepeated,
        @Schema(description = "Pain, tingling or numbness below the buttock: one leg, or both legs new or getting worse (an emergency), or "
                + "both legs long-standing and unchanged; must agree with painIntoLeg when both are given")
        LegSymptoms legSymptoms,
        @Schema(description = "How the plans went so far, oldest first (at most 12): each check-in as the CheckIn schema says")
        @Size(max = CheckIn.MAX_CHECK_INS) List<@NotNull @Valid CheckIn> checkIns) {

    /**
     * Answer fields that the questionnaire does not ask: the check-ins have a form of their own, and
     * {@code painIntoLeg} (version 1) is asked as {@code legSymptoms}, which also tells one leg from both.
     */
    public static final Set<String> NOT_ASKED_BY_THE_QUESTIONNAIRE = Set.of("checkIns", "painIntoLeg");

    public Answers {
        checkIns = checkIns == null || checkIns.isEmpty() ? null : checkIns;
    }

    /** The same first answers with these check-ins. */
    public Answers withCheckIns(List<CheckIn> history) {
        return new Answers(redFlags, conditions, painLevel, painIntoLeg, bendingForward, bendingBackward, canGetOnFloor,
                helperAvailable, equipment, sitsForLongPeriods, maxExercises, age, pregnancyWeeks, bloodPressureControlled,
                doctorClearedExercise, heartConditionStable, fallHurtOrRepeated, legSymptoms, history);
    }

    public List<CheckIn> checkInsOrEmpty() {
        return checkIns == null ? List.of() : checkIns;
    }

    /** The answers with every default of the contract filled in and lists turned into sets. */
    public Assessment toAssessment() {
        return toAssessment(ExerciseCount.BY_DEFAULT);
    }

    /** As {@link #toAssessment()}, with the configured number of exercises when the answers do not say. */
    public Assessment toAssessment(int defaultMaxExercises) {
        return new Assessment(
                enumSet(redFlags, RedFlag.class),
                enumSet(conditions, Condition.class),
                painLevel,
                Boolean.TRUE.equals(painIntoLeg) || legSymptoms != null && legSymptoms.reachALeg(),
                bendingForward == null ? BendingEffect.UNSURE : bendingForward,
                bendingBackward == null ? BendingEffect.UNSURE : bendingBackward,
                canGetOnFloor == null || canGetOnFloor,
                Boolean.TRUE.equals(helperAvailable),
                enumSet(equipment, Equipment.class),
                Boolean.TRUE.equals(sitsForLongPeriods),
                maxExercises == null ? defaultMaxExercises : maxExercises,
                age,
                pregnancyWeeks,
                bloodPressureControlled == null ? BloodPressureControl.UNKNOWN : bloodPressureControlled,
                Boolean.TRUE.equals(doctorClearedExercise),
                heartConditionStable == null ? HeartConditionStable.UNKNOWN : heartConditionStable,
                fallHurtOrRepeated,
                legSymptoms == null ? LegSymptoms.NONE : legSymptoms,
                checkInsOrEmpty());
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(set::add);
        }
        return set;
    }

    @Override
    public String toString() {
        return "Answers[withheld: health data]";
    }
}
