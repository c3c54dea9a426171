package org.decompress.questionnaire;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.decompress.catalog.Equipment;

/**
 * The answers as the rules see them: every default applied, lists as sets (so the order in which
 * a person ticked boxes cannot change a plan). Health data: {@link #toString()} shows no value.
 */
public record Assessment(
        Set<RedFlag> redFlags,
        Set<Condition> conditions,
        int painLevel,
        boolean painIntoLeg,
        BendingEffect bendingForward,
        BendingEffect bendingBackward,
        boolean canGetOnFloor,
        boolean helperAvailable,
        Set<Equipment> equipment,
        boolean sitsForLongPeriods,
        int maxExercises,
        /** Years; null when not answered. */
        Integer age,
        /** Weeks of pregnancy; null when not answered (the rules read that as 20 or more). */
        Integer pregnancyWeeks,
        BloodPressureControl bloodPressureControlled,
        boolean doctorClearedExercise,
        HeartConditionStable heartConditionStable,
        /** With falls: hurt in a fall, or falls again; null when not answered. */
        Boolean fallHurtOrRepeated,
        /** Where leg symptoms reach; {@code painIntoLeg} is true whenever they reach a leg. */
        LegSymptoms legSymptoms,
        /** How the plans went so far, oldest first; empty for a first plan. */
        List<CheckIn> checkIns) {

    public Assessment {
        checkIns = List.copyOf(checkIns);
        redFlags = Collections.unmodifiableSet(redFlags);
        conditions = Collections.unmodifiableSet(conditions);
        equipment = Collections.unmodifiableSet(equipment);
    }

    /** The same answers with these check-ins. */
    public Assessment withCheckIns(List<CheckIn> others) {
        return new Assessment(redFlags, conditions, painLevel, painIntoLeg, bendingForward, bendingBackward, canGetOnFloor, helperAvailable,
                equipment, sitsForLongPeriods, maxExercises, age, pregnancyWeeks, bloodPressureControlled, doctorClearedExercise,
                heartConditionStable, fallHurtOrRepeated, legSymptoms, others);
    }

    /** The same answers with one more condition reported (a rule reads an answer as that condition). */
    public Assessment reporting(Condition condition) {
        EnumSet<Condition> more = conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
        more.add(condition);
        return new Assessment(redFlags, more, painLevel, painIntoLeg, bendingForward, bendingBackward, canGetOnFloor, helperAvailable,
                equipment, sitsForLongPeriods, maxExercises, age, pregnancyWeeks, bloodPressureControlled, doctorClearedExercise,
                heartConditionStable, fallHurtOrRepeated, legSymptoms, checkIns);
    }

    public boolean reports(Condition condition) {
        return conditions.contains(condition);
    }

    public boolean reportsAny(Condition... any) {
        for (Condition c : any) {
            if (conditions.contains(c)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Equipment item) {
        return equipment.contains(item);
    }

    @Override
    public String toString() {
        return "Assessment[withheld: health data]";
    }
}
