package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.decompress.testkit.RandomAnswers;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;
import org.decompress.recommendation.Change;
import org.decompress.recommendation.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * Random people (the property test's generator) followed through random check-in histories: each
 * check-in reports the exercises of the plan before it, at the form and step that plan gave, with
 * random ratings, pain, sessions, mornings, legs and overall. Every plan on the way must keep the
 * promises of the check-ins (README, "Check-ins"). Replay with {@code -Dproperty.seed=N -Dproperty.histories=N}.
 */
class CheckInPropertyTest {

    static final long SEED = PlanInvariantsPropertyTest.SEED;
    static final int HISTORIES = Integer.getInteger("property.histories", 1_500);

    @Test
    void everyCheckInHistoryGivesASafeStepwiseExplainedPlan() {
        Random random = new Random(SEED);
        int checkIns = 0;
        int ups = 0;
        int downs = 0;
        int replaced = 0;
        int referrals = 0;
        int unchangedChecked = 0;
        for (int h = 0; h < HISTORIES; h++) {
            // A history starts from a plan: a first answer that refers has nothing to check in about.
            Answers first = RandomAnswers.answers(random);
            Plan plan = Engine.plan(first);
            while (plan.status() != PlanStatus.PLAN) {
                first = RandomAnswers.answers(random);
                plan = Engine.plan(first);
            }
            List<CheckIn> history = new ArrayList<>();
            int length = 1 + random.nextInt(8);
            for (int k = 0; k < length && plan.status() == PlanStatus.PLAN && history.size() < CheckIn.MAX_CHECK_INS; k++) {
                CheckIn checkIn = RandomAnswers.checkIn(random, plan, history);
                history.add(checkIn);
                Answers answers = first.withCheckIns(List.copyOf(history));
                Assessment assessment = answers.toAssessment();
                Recommendation result = Engine.ENGINE.evaluate(assessment);
                Plan next = Engine.PLANNER.assembler().assemble(result, assessment);
                String label = "history " + h + ", check-in " + (k + 1) + " (seed " + SEED + ")";
                SoftAssertions soft = new SoftAssertions();
                PlanInvariantsPropertyTest.checkPlan(soft, assessment, result, next, label);
                checkFollowUp(soft, first, history, plan, next, label);
                if (next.status() == PlanStatus.PLAN && callsForNoChange(checkIn, first)) {
                    checkSameExercises(soft, plan, next, label);
                    unchangedChecked++;
                }
                soft.assertAll();
                checkIns++;
                for (PlanExercise e : next.exercises()) {
                    ups += e.change() == Change.UP ? 1 : 0;
                    downs += e.change() == Change.DOWN ? 1 : 0;
                    replaced += e.change() == Change.REPLACED ? 1 : 0;
                }
                referrals += next.status() == PlanStatus.REFER ? 1 : 0;
                plan = next;
            }
        }
        assertThat(checkIns).isGreaterThan(HISTORIES);
        assertThat(ups).as("the generator reaches steps up").isPositive();
        assertThat(downs).as("the generator reaches steps down").isPositive();
        assertThat(replaced).as("the generator reaches replacements").isPositive();
        assertThat(referrals).as("the generator reaches referrals").isPositive();
        assertThat(unchangedChecked).as("the generator reaches check-ins that call for no change").isPositive();
        System.out.printf("Check-in property test: %d histories, %d check-ins (seed %d): %d steps up, %d down, %d replaced, "
                + "%d referrals, %d no-change check-ins compared%n", HISTORIES, checkIns, SEED, ups, downs, replaced, referrals, unchangedChecked);
    }

    private static void checkFollowUp(SoftAssertions soft, Answers first, List<CheckIn> history, Plan before, Plan next, String label) {
        CheckIn latest = history.get(history.size() - 1);
        if (latest.legSymptomsSpreading()) {
            soft.assertThat(next.status()).as(label + ": spreading leg symptoms refer").isEqualTo(PlanStatus.REFER);
        }
        if (history.size() >= 2 && latest.overall() == Overall.WORSE && history.get(history.size() - 2).overall() == Overall.WORSE) {
            soft.assertThat(next.status()).as(label + ": WORSE at the last two check-ins refers").isEqualTo(PlanStatus.REFER);
        }
        soft.assertThat(next.checkIn()).as(label + ": the check-in summary").isNotNull();
        Set<String> hurt = new HashSet<>();
        history.forEach(c -> c.exercises().stream().filter(e -> e.rating() == Rating.PAINFUL).forEach(e -> hurt.add(e.id())));
        boolean holdAll = latest.painLevel() > 5 || latest.painLevel() - first.painLevel() >= 2 || latest.nextMorningWorse();
        for (PlanExercise e : next.exercises()) {
            soft.assertThat(hurt).as(label + ": a PAINFUL exercise never comes back").doesNotContain(e.id());
            soft.assertThat(e.step()).as(label + ": a step within the catalog")
                    .isBetween(1, Engine.CATALOG.get(e.id()).progression().steps().size());
            ExerciseCheck reported = latest.exercises().stream().filter(x -> x.id().equals(e.id())).findFirst().orElse(null);
            if (reported == null) {
                soft.assertThat(e.step()).as(label + ": a new exercise starts at step 1").isEqualTo(1);
                continue;
            }
            soft.assertThat(e.step()).as(label + ": a step never rises by more than one").isLessThanOrEqualTo(reported.step() + 1);
            if (!Engine.CATALOG.get(e.id()).progression().stepsUpOnItsOwn()) {
                soft.assertThat(e.step()).as(label + ": " + e.id() + " never steps up on its own").isLessThanOrEqualTo(reported.step());
            }
            if (holdAll) {
                soft.assertThat(e.step()).as(label + ": no step up with pain above 5, up 2 or a worse morning")
                        .isLessThanOrEqualTo(reported.step());
            }
            if (e.step() > reported.step()) {
                soft.assertThat(reported.rating().comfortable()).as(label + ": only a comfortable exercise steps up").isTrue();
                soft.assertThat(latest.sessionsPerWeek()).as(label + ": only with 3 or more sessions a week").isGreaterThanOrEqualTo(3);
            }
        }
        if (next.status() == PlanStatus.PLAN) {
            soft.assertThat(next.exercises()).as(label + ": every plan exercise has a step and a change")
                    .allSatisfy(e -> assertThat(e.change()).isNotNull());
        }
    }

    /**
     * Comfortable ratings only, nothing new about legs or mornings, not worse; and not pregnant, since
     * the weeks of a pregnancy move on with the check-ins and change the plan at 16, 20 and 42 weeks
     * whatever a check-in says.
     */
    private static boolean callsForNoChange(CheckIn latest, Answers first) {
        return latest.exercises().stream().allMatch(e -> e.rating().comfortable())
                && !latest.legSymptomsSpreading() && latest.overall() != Overall.WORSE
                && (first.conditions() == null || !first.conditions().contains(org.decompress.questionnaire.Condition.PREGNANCY));
    }

    private static void checkSameExercises(SoftAssertions soft, Plan before, Plan next, String label) {
        soft.assertThat(next.exercises().stream().map(e -> e.id() + "/" + e.variant()).toList())
                .as(label + ": a check-in that calls for no change keeps the same exercises in the same order")
                .isEqualTo(before.exercises().stream().map(e -> e.id() + "/" + e.variant()).toList());
    }
}
