package org.decompress.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.decompress.catalog.Equipment;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.BloodPressureControl;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;
import org.decompress.questionnaire.RedFlag;

/**
 * The seeded generators of valid answers and check-ins that the property tests, the golden fixture,
 * the fuzz, determinism and load tests and the benchmark share. Changing what they draw changes every
 * seeded answer set: the golden answer sets are stored, so their test does not move, but a property
 * test's failing seed would no longer replay.
 */
public final class RandomAnswers {

    private RandomAnswers() {
    }

    /** Valid answers of every kind, mostly plans and some referrals, from a seeded random. */
    public static Answers answers(Random random) {
        List<RedFlag> flags = random.nextInt(5) == 0 ? someOf(RedFlag.values(), random, 0.2) : maybeEmpty(random);
        List<Condition> conditions = someOf(Condition.values(), random, random.nextBoolean() ? 0.04 : 0.12);
        boolean pregnant = conditions.contains(Condition.PREGNANCY);
        boolean falls = conditions.contains(Condition.FALLS);
        boolean heart = conditions.contains(Condition.HEART_DISEASE);
        boolean legsAsked = random.nextBoolean();
        LegSymptoms legs = legsAsked ? maybe(random, LegSymptoms.values()[random.nextInt(LegSymptoms.values().length)]) : null;
        return new Answers(
                flags,
                conditions,
                random.nextInt(11),
                legsAsked ? null : maybe(random, random.nextBoolean()),
                maybe(random, BendingEffect.values()[random.nextInt(4)]),
                maybe(random, BendingEffect.values()[random.nextInt(4)]),
                maybe(random, random.nextInt(4) != 0),
                maybe(random, random.nextBoolean()),
                random.nextInt(6) == 0 ? null : someOf(Equipment.values(), random, random.nextDouble()),
                maybe(random, random.nextBoolean()),
                maybe(random, 1 + random.nextInt(3)),
                maybe(random, 10 + random.nextInt(81)),
                pregnant ? maybe(random, 1 + random.nextInt(42)) : null,
                maybe(random, BloodPressureControl.values()[random.nextInt(3)]),
                maybe(random, random.nextBoolean()),
                heart ? maybe(random, HeartConditionStable.values()[random.nextInt(3)]) : null,
                falls ? maybe(random, random.nextBoolean()) : null,
                legs,
                null);
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextInt(5) == 0 ? null : value;
    }

    private static <T> List<T> maybeEmpty(Random random) {
        return random.nextBoolean() ? null : List.of();
    }

    private static <E extends Enum<E>> List<E> someOf(E[] values, Random random, double probability) {
        List<E> picked = new ArrayList<>();
        for (E value : values) {
            if (random.nextDouble() < probability) {
                picked.add(value);
            }
        }
        if (!picked.isEmpty() && random.nextInt(10) == 0) {
            picked.add(picked.get(0)); // the same box twice changes nothing
        }
        Collections.shuffle(picked, random);
        return picked;
    }

    /** A valid check-in on {@code plan}: a third of them call for no change, the rest anything. */
    public static CheckIn checkIn(Random random, Plan plan, List<CheckIn> history) {
        int week = history.isEmpty() ? 1 + random.nextInt(2) : history.get(history.size() - 1).week() + 1 + random.nextInt(2);
        boolean quiet = random.nextInt(3) == 0; // a third of check-ins call for no change
        List<ExerciseCheck> done = new ArrayList<>();
        for (PlanExercise e : plan.exercises()) {
            Rating rating = quiet ? (random.nextBoolean() ? Rating.JUST_RIGHT : Rating.TOO_EASY)
                    : Rating.values()[random.nextInt(Rating.values().length)];
            done.add(new ExerciseCheck(e.id(), e.variant(), e.step(), rating));
        }
        Overall overall = quiet ? (random.nextBoolean() ? Overall.SAME : Overall.BETTER) : Overall.values()[random.nextInt(3)];
        return new CheckIn(Math.min(52, week), random.nextInt(11), random.nextInt(8),
                !quiet && random.nextInt(6) == 0, !quiet && random.nextInt(12) == 0, overall, List.copyOf(done));
    }
}
