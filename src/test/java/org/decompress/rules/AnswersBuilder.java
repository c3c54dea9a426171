package org.decompress.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.decompress.catalog.Equipment;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.BloodPressureControl;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import org.decompress.questionnaire.RedFlag;

/**
 * Answers for tests. {@link #everythingAtHand()} starts from a person who can do every exercise
 * (floor, helper, all equipment, no condition), so that one added answer shows exactly what it
 * rules out.
 */
public final class AnswersBuilder {

    private List<RedFlag> redFlags = new ArrayList<>();
    private List<Condition> conditions = new ArrayList<>();
    private Integer painLevel = 4;
    private Boolean painIntoLeg;
    private BendingEffect bendingForward;
    private BendingEffect bendingBackward;
    private Boolean canGetOnFloor;
    private Boolean helperAvailable;
    private List<Equipment> equipment = new ArrayList<>();
    private Boolean sitsForLongPeriods;
    private Integer maxExercises;
    private Integer age;
    private Integer pregnancyWeeks;
    private BloodPressureControl bloodPressureControlled;
    private Boolean doctorClearedExercise;
    private HeartConditionStable heartConditionStable;
    private Boolean fallHurtOrRepeated;
    private LegSymptoms legSymptoms;
    private final List<CheckIn> checkIns = new ArrayList<>();

    public static AnswersBuilder answers() {
        return new AnswersBuilder();
    }

    public static AnswersBuilder everythingAtHand() {
        return answers().canGetOnFloor(true).helperAvailable(true).equipment(Equipment.values());
    }

    public AnswersBuilder redFlags(RedFlag... flags) {
        redFlags.addAll(Arrays.asList(flags));
        return this;
    }

    public AnswersBuilder conditions(Condition... more) {
        conditions.addAll(Arrays.asList(more));
        return this;
    }

    public AnswersBuilder painLevel(int level) {
        painLevel = level;
        return this;
    }

    public AnswersBuilder painIntoLeg(boolean value) {
        painIntoLeg = value;
        return this;
    }

    public AnswersBuilder bendingForward(BendingEffect effect) {
        bendingForward = effect;
        return this;
    }

    public AnswersBuilder bendingBackward(BendingEffect effect) {
        bendingBackward = effect;
        return this;
    }

    public AnswersBuilder canGetOnFloor(boolean value) {
        canGetOnFloor = value;
        return this;
    }

    public AnswersBuilder helperAvailable(boolean value) {
        helperAvailable = value;
        return this;
    }

    public AnswersBuilder equipment(Equipment... items) {
        equipment = new ArrayList<>(Arrays.asList(items));
        return this;
    }

    public AnswersBuilder without(Equipment item) {
        equipment.remove(item);
        return this;
    }

    public AnswersBuilder sitsForLongPeriods(boolean value) {
        sitsForLongPeriods = value;
        return this;
    }

    public AnswersBuilder maxExercises(int value) {
        maxExercises = value;
        return this;
    }

    public AnswersBuilder age(int years) {
        age = years;
        return this;
    }

    public AnswersBuilder pregnancyWeeks(int weeks) {
        pregnancyWeeks = weeks;
        return this;
    }

    public AnswersBuilder bloodPressureControlled(BloodPressureControl value) {
        bloodPressureControlled = value;
        return this;
    }

    public AnswersBuilder doctorClearedExercise(boolean value) {
        doctorClearedExercise = value;
        return this;
    }

    public AnswersBuilder heartConditionStable(HeartConditionStable value) {
        heartConditionStable = value;
        return this;
    }

    public AnswersBuilder fallHurtOrRepeated(boolean value) {
        fallHurtOrRepeated = value;
        return this;
    }

    public AnswersBuilder legSymptoms(LegSymptoms value) {
        legSymptoms = value;
        return this;
    }

    /** Adds a check-in after those already added. */
    public AnswersBuilder checkIn(CheckIn checkIn) {
        checkIns.add(checkIn);
        return this;
    }

    public Answers build() {
        return new Answers(List.copyOf(redFlags), List.copyOf(conditions), painLevel, painIntoLeg, bendingForward,
                bendingBackward, canGetOnFloor, helperAvailable, List.copyOf(equipment), sitsForLongPeriods, maxExercises,
                age, pregnancyWeeks, bloodPressureControlled, doctorClearedExercise, heartConditionStable, fallHurtOrRepeated, legSymptoms,
                List.copyOf(checkIns));
    }
}
