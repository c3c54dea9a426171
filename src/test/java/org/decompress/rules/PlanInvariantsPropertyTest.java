package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.decompress.testkit.RandomAnswers;
import org.decompress.catalog.Equipment;
import org.decompress.catalog.Movement;
import org.decompress.catalog.Position;
import org.decompress.catalog.Role;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;
import org.decompress.catalog.Trait;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.BloodPressureControl;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import java.util.EnumSet;
import org.decompress.recommendation.Urgency;
import java.util.Map;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.RedFlag;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * The product's promises, checked on many random answer sets from a seeded generator (set
 * {@code -Dproperty.seed=N} to replay a run, {@code -Dproperty.count=N} for more cases). Besides the
 * plan's own invariants, an independent oracle restates the screen's "rule out" list against the
 * traits of every chosen form, so a rule that stops firing is caught even if the plan looks tidy.
 */
class PlanInvariantsPropertyTest {

    static final long SEED = Long.getLong("property.seed", 20261124L);
    static final int COUNT = Integer.getInteger("property.count", 5_000);
    static final String COOLDOWN = "lumbar-rolls-pelvic-tilts";

    @Test
    void everyRandomAnswerSetGivesASafeCompleteExplainedPlan() {
        Random random = new Random(SEED);
        int plans = 0;
        int referrals = 0;
        for (int i = 0; i < COUNT; i++) {
            Answers answers = RandomAnswers.answers(random);
            Recommendation result = Engine.evaluate(answers);
            Plan plan = Engine.PLANNER.assembler().assemble(result, answers.toAssessment());
            String label = "case " + i + " (seed " + SEED + ")";
            SoftAssertions soft = new SoftAssertions();
            checkPlan(soft, answers.toAssessment(), result, plan, label);
            checkSameAnswersSamePlan(soft, answers, plan, random, label);
            soft.assertAll();
            if (plan.status() == PlanStatus.PLAN) {
                plans++;
            } else {
                referrals++;
            }
        }
        assertThat(plans + referrals).isEqualTo(COUNT).isGreaterThanOrEqualTo(2_000);
        assertThat(plans).as("the generator reaches plans").isGreaterThan(COUNT / 10);
        assertThat(referrals).as("the generator reaches referrals").isGreaterThan(COUNT / 10);
        System.out.printf("Property test: %d answer sets (seed %d): %d plans, %d referrals%n", COUNT, SEED, plans, referrals);
    }

    /** The urgency of each red flag (docs/clinical-basis.md), restated on its own (not read from the rules). */
    static final Map<RedFlag, Urgency> RED_FLAG_URGENCY = Map.ofEntries(
            Map.entry(RedFlag.SADDLE_NUMBNESS, Urgency.EMERGENCY), Map.entry(RedFlag.BLADDER_BOWEL_CHANGE, Urgency.EMERGENCY),
            Map.entry(RedFlag.PROGRESSIVE_LEG_WEAKNESS, Urgency.EMERGENCY), Map.entry(RedFlag.BOTH_LEGS, Urgency.EMERGENCY),
            Map.entry(RedFlag.SEXUAL_DYSFUNCTION, Urgency.EMERGENCY), Map.entry(RedFlag.WALKING_DIFFICULTY, Urgency.EMERGENCY),
            Map.entry(RedFlag.FEVER_OR_UNWELL, Urgency.URGENT), Map.entry(RedFlag.CANCER_HISTORY, Urgency.URGENT),
            Map.entry(RedFlag.RECENT_TRAUMA, Urgency.URGENT), Map.entry(RedFlag.UNEXPLAINED_WEIGHT_LOSS, Urgency.SOON),
            Map.entry(RedFlag.SEVERE_NIGHT_PAIN, Urgency.SOON), Map.entry(RedFlag.THORACIC_PAIN, Urgency.SOON),
            Map.entry(RedFlag.CONSTANT_PAIN, Urgency.SOON), Map.entry(RedFlag.INFECTION_RISK, Urgency.SOON),
            Map.entry(RedFlag.SUDDEN_DEFORMITY, Urgency.SOON), Map.entry(RedFlag.PREGNANCY_BLEEDING_OR_CONTRACTIONS, Urgency.URGENT));

    /** Serious-cause flags (IFOMPT 2020): two or more together, one of them pointing beyond the pain itself, are URGENT. */
    static final Set<RedFlag> SERIOUS_CAUSE = EnumSet.of(RedFlag.CANCER_HISTORY, RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.FEVER_OR_UNWELL,
            RedFlag.INFECTION_RISK, RedFlag.SUDDEN_DEFORMITY, RedFlag.SEVERE_NIGHT_PAIN, RedFlag.CONSTANT_PAIN, RedFlag.THORACIC_PAIN);
    static final Set<RedFlag> BEYOND_THE_PAIN = EnumSet.of(RedFlag.CANCER_HISTORY, RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.FEVER_OR_UNWELL,
            RedFlag.INFECTION_RISK, RedFlag.SUDDEN_DEFORMITY);

    /** The least urgent referral the clinical basis allows for these answers, or null when they need none. */
    static Urgency referralAtLeast(Assessment a) {
        Urgency least = null;
        for (RedFlag flag : a.redFlags()) {
            least = max(least, RED_FLAG_URGENCY.get(flag));
        }
        if (a.legSymptoms() == LegSymptoms.BOTH_LEGS_NEW_OR_WORSE) {
            least = max(least, Urgency.EMERGENCY);
        }
        long serious = a.redFlags().stream().filter(SERIOUS_CAUSE::contains).count();
        if (serious >= 2 && a.redFlags().stream().anyMatch(BEYOND_THE_PAIN::contains)) {
            least = max(least, Urgency.URGENT);
        }
        if (a.redFlags().contains(RedFlag.CANCER_HISTORY) && (a.painIntoLeg()
                || a.redFlags().contains(RedFlag.PROGRESSIVE_LEG_WEAKNESS) || a.redFlags().contains(RedFlag.WALKING_DIFFICULTY))) {
            least = max(least, Urgency.EMERGENCY);
        }
        if (a.reports(Condition.CHEST_PAIN)) {
            least = max(least, Urgency.URGENT);
        }
        boolean pressure160 = a.bloodPressureControlled() == BloodPressureControl.NO;
        boolean highPressure = a.reports(Condition.HIGH_BLOOD_PRESSURE) || pressure160;
        if (!a.doctorClearedExercise()) {
            if (a.reports(Condition.DIZZINESS_OR_FAINTING) || pressure160
                    || a.reports(Condition.HEART_DISEASE) && a.heartConditionStable() == HeartConditionStable.NO) {
                least = max(least, Urgency.SOON);
            }
            if (a.reports(Condition.HEART_DISEASE) && a.heartConditionStable() == HeartConditionStable.UNKNOWN
                    || highPressure && a.bloodPressureControlled() == BloodPressureControl.UNKNOWN) {
                least = max(least, Urgency.ROUTINE);
            }
            if (a.reports(Condition.PREGNANCY) && highPressure) {
                least = max(least, Urgency.SOON);
            }
        }
        if (a.reports(Condition.PREGNANCY) && pressure160) {
            least = max(least, Urgency.URGENT);
        }
        if (a.reports(Condition.PREGNANCY_COMPLICATION)) {
            least = max(least, Urgency.SOON);
        }
        boolean thinBones = a.reportsAny(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS);
        if (a.reports(Condition.LONG_TERM_STEROIDS) && a.age() != null && a.age() >= 50) {
            least = max(least, Urgency.SOON);
        }
        if (a.reports(Condition.FALLS) && thinBones && !Boolean.FALSE.equals(a.fallHurtOrRepeated())) {
            least = max(least, Urgency.SOON);
        }
        if (a.reports(Condition.FALLS) && Boolean.TRUE.equals(a.fallHurtOrRepeated()) && (a.age() == null || a.age() >= 60)) {
            least = max(least, Urgency.SOON);
        }
        if (a.age() != null && a.age() < 16) {
            least = max(least, Urgency.ROUTINE);
        }
        return least;
    }

    private static Urgency max(Urgency a, Urgency b) {
        return a == null || b.moreUrgentThan(a) ? b : a;
    }

    /** From this week of pregnancy, as the weeks stand at the latest check-in, or when the weeks are not given. */
    static boolean pregnantFrom(Assessment a, int week) {
        if (!a.reports(Condition.PREGNANCY)) {
            return false;
        }
        if (a.pregnancyWeeks() == null) {
            return true;
        }
        int since = a.checkIns().isEmpty() ? 0 : a.checkIns().get(a.checkIns().size() - 1).week();
        return a.pregnancyWeeks() + since >= week;
    }

    static void checkPlan(SoftAssertions soft, Assessment a, Recommendation r, Plan plan, String label) {
        soft.assertThat(plan.disclaimers()).as(label + ": disclaimers (a referral carries no exercise advice)")
                .hasSize(plan.status() == PlanStatus.PLAN ? 5 : 1).allSatisfy(d -> assertThat(d).isNotBlank());
        Urgency atLeast = referralAtLeast(a);
        if (atLeast != null) {
            soft.assertThat(plan.status()).as(label + ": red flags, chest pain, readiness, age or fracture risk refer").isEqualTo(PlanStatus.REFER);
            if (plan.referral() != null) {
                soft.assertThat(plan.referral().urgency().compareTo(atLeast)).as(label + ": referred at least " + atLeast).isGreaterThanOrEqualTo(0);
            }
        }
        if (plan.status() == PlanStatus.REFER) {
            soft.assertThat(plan.exercises()).as(label + ": no exercise under REFER").isEmpty();
            soft.assertThat(plan.referral()).as(label + ": a referral").isNotNull();
            soft.assertThat(plan.referral().reasons()).as(label + ": the referral says why").isNotEmpty();
            return;
        }
        soft.assertThat(plan.referral()).as(label).isNull();
        soft.assertThat(plan.exercises()).as(label + ": 1..maxExercises items").hasSizeBetween(1, a.maxExercises());

        Set<String> excludedIds = plan.excluded().stream().map(ExcludedExercise::id).collect(Collectors.toSet());
        Set<String> families = new HashSet<>();
        for (PlanExercise item : plan.exercises()) {
            String where = label + ", " + item.id();
            soft.assertThat(excludedIds).as(where + ": not ruled out").doesNotContain(item.id());
            soft.assertThat(item.reasons()).as(where + ": explains itself").isNotEmpty()
                    .allSatisfy(reason -> {
                        assertThat(reason.rule()).isNotBlank();
                        assertThat(reason.text()).isNotBlank();
                    });
            soft.assertThat(item.steps()).as(where + ": steps").isNotEmpty();
            soft.assertThat(item.dose()).as(where + ": dose").isNotNull();
            if (item.role() == Role.POSTURE) {
                soft.assertThat(item.id()).isEqualTo("gokhale-sitting");
                soft.assertThat(item.cooldown()).as(where + ": the sitting technique has no cooldown").isNull();
            } else {
                soft.assertThat(item.cooldown()).as(where + ": the cooldown follows").isNotNull();
                if (item.cooldown() != null) {
                    soft.assertThat(item.cooldown().id()).isEqualTo(COOLDOWN);
                    soft.assertThat(item.cooldown().dose().repetitions()).isEqualTo(30);
                }
            }
            soft.assertThat(item.id()).as(where + ": a device is never in a plan").isNotEqualTo("decompression-devices");
        }
        if (a.painIntoLeg()) {
            soft.assertThat(plan.warnings()).as(label + ": leg pain carries the cauda equina warning signs")
                    .anyMatch(w -> w.text().contains("emergency department"));
        }
        if (a.reports(Condition.PREGNANCY)) {
            soft.assertThat(plan.warnings()).as(label + ": a pregnancy plan carries the signs that stop exercise")
                    .anyMatch(w -> w.text().contains("midwife"));
        }
        for (var cooldown : r.cooldowns()) {
            soft.assertThat(r.exclusions()).as(label + ": cooldown form not ruled out").noneMatch(e -> e.option().equals(cooldown.form()));
            checkOracle(soft, a, cooldown.form(), label + ", cooldown " + cooldown.form().label());
        }
        for (Choice choice : r.choices()) {
            Option o = choice.option();
            soft.assertThat(families.add(o.family())).as(label + ": no two near-duplicates (" + o.family() + ")").isTrue();
            soft.assertThat(r.exclusions()).as(label + ": chosen form not ruled out").noneMatch(e -> e.option().equals(o));
            checkOracle(soft, a, o, label + ", " + o.label());
        }
        soft.assertThat(plan.excluded()).as(label + ": every exclusion says why")
                .allSatisfy(x -> assertThat(x.reasons()).isNotEmpty());
    }

    /** The screen's "rule out" list (docs/clinical-basis.md), restated directly against the chosen form's traits. */
    static void checkOracle(SoftAssertions soft, Assessment a, Option o, String where) {
        if (a.reportsAny(Condition.SHOULDER, Condition.NECK, Condition.UPPER_LIMB)) {
            soft.assertThat(o.loadsArms()).as(where + ": loads the arms despite an upper-body problem").isFalse();
        }
        if (a.reportsAny(Condition.BALANCE, Condition.DIZZINESS_OR_FAINTING)) {
            soft.assertThat(o.needsBalance()).as(where + ": unsupported balance").isFalse();
        }
        if (a.reports(Condition.DIZZINESS_OR_FAINTING)) {
            soft.assertThat(o.suspended() || o.headDown() || o.inverted()).as(where + ": hanging or inverted while dizzy").isFalse();
        }
        if (a.reports(Condition.KNEE)) {
            soft.assertThat(o.kneeling()).as(where + ": kneeling with a knee problem").isFalse();
        }
        if (!a.canGetOnFloor()) {
            soft.assertThat(o.onFloor()).as(where + ": on the floor").isFalse();
        }
        if (!a.helperAvailable()) {
            soft.assertThat(o.needsHelper()).as(where + ": needs a helper").isFalse();
        }
        // Equipment counts for what it also is (a chair with a back rest is a chair to sit on): catalog data.
        soft.assertThat(Engine.CATALOG.atHand(a.equipment())).as(where + ": equipment at hand").containsAll(o.equipment());
        if (a.bendingForward() == BendingEffect.WORSE) {
            soft.assertThat(o.moves(Movement.FLEXION)).as(where + ": flexion when bending forward hurts").isFalse();
        }
        if (a.bendingBackward() == BendingEffect.WORSE) {
            soft.assertThat(o.moves(Movement.EXTENSION)).as(where + ": arches when bending backward hurts").isFalse();
        }
        soft.assertThat(o.device()).as(where + ": a device").isFalse();
        boolean highPressure = a.reports(Condition.HIGH_BLOOD_PRESSURE) || a.bloodPressureControlled() == BloodPressureControl.NO;
        if (highPressure || a.reportsAny(Condition.GLAUCOMA, Condition.EYE_SURGERY, Condition.HEART_DISEASE, Condition.PREGNANCY,
                Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS, Condition.RECENT_SPINE_SURGERY, Condition.ANTICOAGULANTS)) {
            soft.assertThat(o.inverted()).as(where + ": inversion").isFalse();
        }
        if (highPressure || a.reportsAny(Condition.GLAUCOMA, Condition.EYE_SURGERY, Condition.HEART_DISEASE, Condition.PREGNANCY,
                Condition.ANTICOAGULANTS)) {
            soft.assertThat(o.headDown()).as(where + ": head-down with eye, pressure or heart problems, blood thinners, or in pregnancy").isFalse();
        }
        if (a.reports(Condition.EYE_SURGERY)) {
            soft.assertThat(o.has(Trait.HEAD_BELOW_HIPS) || o.suspended()).as(where + ": head below the hips, or straining, after eye surgery").isFalse();
        }
        if (a.reportsAny(Condition.GLAUCOMA, Condition.DIZZINESS_OR_FAINTING) || pregnantFrom(a, 20)) {
            soft.assertThat(o.has(Trait.SITTING) && o.has(Trait.HEAD_BELOW_HIPS)).as(where + ": a seated fold with the head hanging").isFalse();
        }
        if (a.age() != null && a.age() >= 80 || a.reportsAny(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS, Condition.ANTICOAGULANTS)) {
            soft.assertThat(o.needsBalance()).as(where + ": one leg without holding on with a fall risk").isFalse();
        }
        if (a.age() != null && a.age() >= 80) {
            soft.assertThat(o.suspended()).as(where + ": hanging at 80 or over").isFalse();
        }
        if (a.painLevel() >= 7) {
            soft.assertThat(o.has(Trait.STRONG)).as(where + ": a strong stretch in high pain").isFalse();
        }
        if (a.reportsAny(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS)) {
            soft.assertThat(o.moves(Movement.FLEXION) || o.moves(Movement.TRACTION) || o.has(Trait.TWISTS))
                    .as(where + ": flexion, traction or repeated twisting with thin bones").isFalse();
        }
        if (a.reports(Condition.PREGNANCY)) {
            soft.assertThat(o.position()).as(where + ": face down while pregnant").isNotEqualTo(Position.FACE_DOWN);
        }
        if (pregnantFrom(a, 16)) {
            soft.assertThat(o.position() == Position.LYING_ON_BACK && o.has(Trait.LASTS_MINUTES))
                    .as(where + ": minutes on the back from 16 weeks").isFalse();
        }
        if (pregnantFrom(a, 20)) {
            soft.assertThat(o.needsBalance()).as(where + ": one leg without holding on from 20 weeks").isFalse();
            soft.assertThat(o.has(Trait.KNEES_TO_BELLY)).as(where + ": both knees to the bump from 20 weeks").isFalse();
            soft.assertThat(o.has(Trait.PULLS_ON_JOINTS)).as(where + ": a pull on the joints from 20 weeks").isFalse();
        }
        if (a.reports(Condition.HIP_REPLACEMENT_RECENT)) {
            soft.assertThat(o.has(Trait.DEEP_HIP_FLEXION) || o.has(Trait.LEG_ACROSS) || o.has(Trait.PULLS_ON_JOINTS) || o.onFloor())
                    .as(where + ": hip past 90, leg across, a pull or the floor with a new hip").isFalse();
        }
        if (a.reports(Condition.HYPERMOBILITY)) {
            soft.assertThat(o.has(Trait.PULLS_ON_JOINTS)).as(where + ": hanging or pulled with hypermobility").isFalse();
        }
        if (a.reports(Condition.HERNIA_OR_ABDOMINAL_SURGERY)) {
            soft.assertThat(o.has(Trait.PRESSES_BELLY) || o.suspended() || o.has(Trait.KNEES_TO_BELLY))
                    .as(where + ": pressure on the belly, straining, or both knees to the belly").isFalse();
        }
        if (a.reports(Condition.SPONDYLOLISTHESIS_OR_STENOSIS)) {
            soft.assertThat(o.moves(Movement.EXTENSION)).as(where + ": arching with spondylolisthesis or stenosis").isFalse();
        }
        if (a.reports(Condition.FALLS)) {
            soft.assertThat(o.needsBalance() || o.has(Trait.ONE_LEG_STANDING) || o.suspended()).as(where + ": balance or hanging after falls").isFalse();
        }
    }

    /** Same answers, lists in another order: the identical plan. */
    static void checkSameAnswersSamePlan(SoftAssertions soft, Answers answers, Plan plan, Random random, String label) {
        Answers shuffled = new Answers(shuffle(answers.redFlags(), random), shuffle(answers.conditions(), random),
                answers.painLevel(), answers.painIntoLeg(), answers.bendingForward(), answers.bendingBackward(),
                answers.canGetOnFloor(), answers.helperAvailable(), shuffle(answers.equipment(), random),
                answers.sitsForLongPeriods(), answers.maxExercises(), answers.age(), answers.pregnancyWeeks(),
                answers.bloodPressureControlled(), answers.doctorClearedExercise(), answers.heartConditionStable(), answers.fallHurtOrRepeated(),
                answers.legSymptoms(), answers.checkIns());
        soft.assertThat(Engine.plan(shuffled)).as(label + ": same answers, same plan").isEqualTo(plan);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /**
     * Mostly no red flag (else nearly every case would be a referral); every field sometimes left out;
     * consistent, as a person answers: a follow-up only with the answer it follows, the leg question
     * asked one way or the other (the version 1 painIntoLeg or legSymptoms), never both disagreeing.
     */
}
