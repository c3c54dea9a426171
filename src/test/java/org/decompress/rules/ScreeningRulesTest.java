package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.everythingAtHand;
import static org.decompress.rules.Engine.evaluate;
import static org.decompress.rules.Engine.rulesThatFired;

import java.util.EnumSet;
import java.util.List;
import org.decompress.questionnaire.BloodPressureControl;
import java.util.stream.Stream;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.HeartConditionStable;
import org.decompress.questionnaire.LegSymptoms;
import org.decompress.questionnaire.RedFlag;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/screening.drl, and the referral summary in rules/wrapping.drl. */
class ScreeningRulesTest {

    static Stream<Arguments> redFlagRules() {
        return Stream.of(
                Arguments.of(RedFlag.SADDLE_NUMBNESS, "Red flag: numbness around the groin or saddle area", Urgency.EMERGENCY),
                Arguments.of(RedFlag.BLADDER_BOWEL_CHANGE, "Red flag: new bladder or bowel trouble", Urgency.EMERGENCY),
                Arguments.of(RedFlag.PROGRESSIVE_LEG_WEAKNESS, "Red flag: worsening weakness or numbness in the legs", Urgency.EMERGENCY),
                Arguments.of(RedFlag.FEVER_OR_UNWELL, "Red flag: fever or feeling unwell", Urgency.URGENT),
                Arguments.of(RedFlag.CANCER_HISTORY, "Red flag: history of cancer", Urgency.URGENT),
                Arguments.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, "Red flag: unexplained weight loss", Urgency.SOON),
                Arguments.of(RedFlag.RECENT_TRAUMA, "Red flag: recent fall or injury", Urgency.URGENT),
                Arguments.of(RedFlag.SEVERE_NIGHT_PAIN, "Red flag: severe pain at night that rest does not ease", Urgency.SOON),
                Arguments.of(RedFlag.BOTH_LEGS, "Red flag: pain, tingling or numbness in both legs", Urgency.EMERGENCY),
                Arguments.of(RedFlag.SEXUAL_DYSFUNCTION, "Red flag: new numbness of the genitals or change in sexual function", Urgency.EMERGENCY),
                Arguments.of(RedFlag.WALKING_DIFFICULTY, "Red flag: new trouble walking, unsteadiness or clumsy hands", Urgency.EMERGENCY),
                Arguments.of(RedFlag.THORACIC_PAIN, "Red flag: pain in the upper or middle back", Urgency.SOON),
                Arguments.of(RedFlag.CONSTANT_PAIN, "Red flag: constant pain that movement and rest do not change", Urgency.SOON),
                Arguments.of(RedFlag.INFECTION_RISK, "Red flag: a weak immune system, injecting drugs, or a recent infection or spinal injection", Urgency.SOON),
                Arguments.of(RedFlag.SUDDEN_DEFORMITY, "Red flag: sudden severe pain with a new change of shape or loss of height", Urgency.SOON),
                Arguments.of(RedFlag.PREGNANCY_BLEEDING_OR_CONTRACTIONS, "Red flag in pregnancy: bleeding, leaking fluid or contractions", Urgency.URGENT));
    }

    @ParameterizedTest(name = "fires: {1}")
    @MethodSource("redFlagRules")
    void redFlagRefersWithItsUrgencyAndNoExercise(RedFlag flag, String rule, Urgency urgency) {
        Recommendation r = evaluate(everythingAtHand().redFlags(flag).build());

        assertThat(r.referralReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(rule);
            assertThat(reason.urgency()).isEqualTo(urgency);
            assertThat(Engine.say(reason.text())).isNotBlank();
        });
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(urgency));
        assertThat(r.choices()).isEmpty();
        assertThat(r.exclusions()).as("'Referral: no exercise is considered' withdrew every option").isEmpty();
        assertThat(r.cooldowns()).isEmpty();
        assertThat(r.disclaimers()).as("a referral carries no exercise advice: the one disclaimer every answer carries")
                .singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("Disclaimers go with every answer"));
    }

    @Test
    void everyRedFlagHasItsRule() {
        assertThat(redFlagRules().map(a -> (RedFlag) a.get()[0]).toList()).containsExactlyInAnyOrder(RedFlag.values());
    }

    @ParameterizedTest(name = "does not fire: {1}")
    @MethodSource("redFlagRules")
    void redFlagRuleStaysQuietForEveryOtherFlag(RedFlag flag, String rule, Urgency urgency) {
        EnumSet<RedFlag> others = EnumSet.complementOf(EnumSet.of(flag));
        Recommendation withOthers = evaluate(everythingAtHand().redFlags(others.toArray(RedFlag[]::new)).build());
        Recommendation withNone = evaluate(everythingAtHand().build());

        assertThat(rulesThatFired(withOthers)).doesNotContain(rule);
        assertThat(rulesThatFired(withNone)).doesNotContain(rule);
        assertThat(withNone.referral()).isEmpty();
        assertThat(withNone.choices()).isNotEmpty();
    }

    static final String CANCER = "Red flag: history of cancer";
    static final String CANCER_WITH_LEG = "Red flag: history of cancer with pain into a leg, weakness or trouble walking";
    static final String UNDER_16 = "Age: under 16 is outside this service";
    static final String STEROIDS = "Long-term steroids at 50 or over: check for a fracture first";
    static final String THIN_BONES_FALL = "Thin bones and a fall that hurt or falls again: a falls and fracture check first";
    static final String FALL_AT_60 = "A fall that hurt or falls again at 60 or over: a falls check first";
    static final String HEART = "Readiness: a heart condition that is not stable needs a doctor's yes first";
    static final String HEART_UNKNOWN = "Readiness: a heart condition not known to be stable: ask your doctor first";
    static final String DIZZY = "Readiness: dizziness or fainting needs a doctor's yes first";
    static final String PRESSURE = "Readiness: blood pressure of 160/90 or more, or hard to control, needs a doctor's yes first";
    static final String PRESSURE_UNKNOWN = "Readiness: blood pressure not known: have it measured first";
    static final String COUNTS_AS_HIGH = "Blood pressure of 160/90 or more counts as high blood pressure";
    static final String TOGETHER = "Red flags together: a serious cause beyond the pain itself";
    static final String BOTH_LEGS = "Red flag: pain, tingling or numbness in both legs";
    static final String PREGNANCY_COMPLICATION = "Pregnancy: a complication your midwife or doctor named needs their advice first";
    static final String PREGNANCY_PRESSURE = "Pregnancy with high blood pressure: a midwife's or doctor's yes first";
    static final String PREGNANCY_160 = "Pregnancy with blood pressure of 160/90 or more: see your midwife or doctor today";

    @Test
    void cancerWithPainIntoALegWeaknessOrTroubleWalkingIsAnEmergency() {
        for (AnswersBuilder answers : List.of(everythingAtHand().redFlags(RedFlag.CANCER_HISTORY).painIntoLeg(true),
                everythingAtHand().redFlags(RedFlag.CANCER_HISTORY, RedFlag.PROGRESSIVE_LEG_WEAKNESS),
                everythingAtHand().redFlags(RedFlag.CANCER_HISTORY, RedFlag.WALKING_DIFFICULTY))) {
            Recommendation r = evaluate(answers.build());

            assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.EMERGENCY));
            assertThat(rulesThatFired(r)).contains(CANCER_WITH_LEG).doesNotContain(CANCER);
        }
    }

    @Test
    void cancerAloneStaysUrgentAndLegPainAloneIsNoReferral() {
        Recommendation cancer = evaluate(everythingAtHand().redFlags(RedFlag.CANCER_HISTORY).painIntoLeg(false).build());
        Recommendation leg = evaluate(everythingAtHand().painIntoLeg(true).build());

        assertThat(cancer.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.URGENT));
        assertThat(rulesThatFired(cancer)).contains(CANCER).doesNotContain(CANCER_WITH_LEG);
        assertThat(leg.referral()).isEmpty();
        assertThat(rulesThatFired(leg)).doesNotContain(CANCER_WITH_LEG);
    }

    @Test
    void underSixteenIsARoutineReferralToAClinician() {
        Recommendation r = evaluate(everythingAtHand().age(15).build());

        assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(UNDER_16));
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.ROUTINE));
        assertThat(r.choices()).isEmpty();
    }

    @Test
    void sixteenOrOverOrAgeNotGivenIsNoReferral() {
        assertThat(rulesThatFired(evaluate(everythingAtHand().age(16).build()))).doesNotContain(UNDER_16);
        assertThat(rulesThatFired(evaluate(everythingAtHand().build()))).doesNotContain(UNDER_16);
    }

    @Test
    void longTermSteroidsAtFiftyOrOverReferSoon() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.LONG_TERM_STEROIDS).age(50).build());

        assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(STEROIDS));
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
    }

    @Test
    void thinBonesWithAFallThatHurtRepeatedOrNotDescribedReferSoon() {
        for (Condition thin : List.of(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS)) {
            for (AnswersBuilder answers : List.of(everythingAtHand().conditions(thin, Condition.FALLS).age(30).fallHurtOrRepeated(true),
                    everythingAtHand().conditions(thin, Condition.FALLS).age(30))) {
                Recommendation r = evaluate(answers.build());

                assertThat(r.referralReasons()).as(thin.name()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(THIN_BONES_FALL));
                assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
            }
        }
    }

    @Test
    void thinBonesWithAFallThatDidNotHurtGetAPlanWithAFallsCheckNote() {
        for (Condition thin : List.of(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS)) {
            Recommendation r = evaluate(everythingAtHand().conditions(thin, Condition.FALLS).age(30).fallHurtOrRepeated(false).build());

            assertThat(rulesThatFired(r)).as(thin.name()).doesNotContain(THIN_BONES_FALL, FALL_AT_60);
            assertThat(r.referral()).isEmpty();
            assertThat(r.notes()).extracting(n -> n.rule()).contains("Falls: ask for a falls check");
        }
        assertThat(rulesThatFired(evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build()))).doesNotContain(THIN_BONES_FALL);
    }

    @Test
    void aFallThatHurtOrRepeatedAt60OrOverOrAgeNotGivenRefersSoonForAFallsCheck() {
        for (AnswersBuilder answers : List.of(everythingAtHand().conditions(Condition.FALLS).fallHurtOrRepeated(true).age(60),
                everythingAtHand().conditions(Condition.FALLS).fallHurtOrRepeated(true))) {
            Recommendation r = evaluate(answers.build());

            assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(FALL_AT_60));
            assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
        }
    }

    @Test
    void aFallUnder60OrThatDidNotHurtOrNotDescribedGivesAPlanWithTheFallsNote() {
        for (AnswersBuilder answers : List.of(everythingAtHand().conditions(Condition.FALLS).fallHurtOrRepeated(true).age(59),
                everythingAtHand().conditions(Condition.FALLS).fallHurtOrRepeated(false).age(75),
                everythingAtHand().conditions(Condition.FALLS).age(75))) {
            Recommendation r = evaluate(answers.build());

            assertThat(rulesThatFired(r)).doesNotContain(FALL_AT_60);
            assertThat(r.referral()).isEmpty();
            assertThat(r.notes()).extracting(n -> n.rule()).contains("Falls: ask for a falls check");
        }
    }

    @Test
    void longTermSteroidsUnderFiftyWithoutFallsOrAgeNotGivenPlanWithTheOsteoporosisExclusions() {
        for (AnswersBuilder answers : List.of(everythingAtHand().conditions(Condition.LONG_TERM_STEROIDS).age(49),
                everythingAtHand().conditions(Condition.LONG_TERM_STEROIDS),
                everythingAtHand().conditions(Condition.LONG_TERM_STEROIDS, Condition.FALLS).fallHurtOrRepeated(false).age(30))) {
            Recommendation r = evaluate(answers.build());

            assertThat(rulesThatFired(r)).doesNotContain(STEROIDS).contains("Osteoporosis: no deep forward bending");
            assertThat(r.referral()).isEmpty();
        }
        assertThat(rulesThatFired(evaluate(everythingAtHand().conditions(Condition.FALLS).age(80).build()))).doesNotContain(STEROIDS);
    }

    static Stream<Arguments> readiness() {
        return Stream.of(
                Arguments.of(everythingAtHand().conditions(Condition.HEART_DISEASE).heartConditionStable(HeartConditionStable.NO), HEART,
                        Urgency.SOON),
                Arguments.of(everythingAtHand().conditions(Condition.HEART_DISEASE).heartConditionStable(HeartConditionStable.UNKNOWN),
                        HEART_UNKNOWN, Urgency.ROUTINE),
                Arguments.of(everythingAtHand().conditions(Condition.HEART_DISEASE), HEART_UNKNOWN, Urgency.ROUTINE),
                Arguments.of(everythingAtHand().conditions(Condition.DIZZINESS_OR_FAINTING), DIZZY, Urgency.SOON),
                Arguments.of(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE), PRESSURE_UNKNOWN, Urgency.ROUTINE),
                Arguments.of(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE).bloodPressureControlled(BloodPressureControl.NO), PRESSURE,
                        Urgency.SOON),
                Arguments.of(everythingAtHand().bloodPressureControlled(BloodPressureControl.NO), PRESSURE, Urgency.SOON),
                Arguments.of(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE).bloodPressureControlled(BloodPressureControl.UNKNOWN),
                        PRESSURE_UNKNOWN, Urgency.ROUTINE));
    }

    @ParameterizedTest(name = "fires: {1}")
    @MethodSource("readiness")
    void withoutADoctorsYesReadinessRefersInProportion(AnswersBuilder answers, String rule, Urgency urgency) {
        Recommendation r = evaluate(answers.build());

        assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(rule));
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(urgency));
        assertThat(r.choices()).isEmpty();
    }

    @Test
    void aStableHeartConditionGetsAPlanWithNothingHeadDown() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.HEART_DISEASE).heartConditionStable(HeartConditionStable.YES).build());

        assertThat(rulesThatFired(r)).doesNotContain(HEART, HEART_UNKNOWN);
        assertThat(r.referral()).isEmpty();
        assertThat(Engine.excludedBy(r, "Head below the heart: nothing head-down with eye, blood pressure or heart problems, or in pregnancy"))
                .contains("ball-decompression", "armrest-hang");
    }

    @Test
    void aReadingOf160Over90CountsAsHighBloodPressureEvenWhenNotTicked() {
        Recommendation cleared = evaluate(everythingAtHand().bloodPressureControlled(BloodPressureControl.NO).doctorClearedExercise(true).build());
        Recommendation below = evaluate(everythingAtHand().bloodPressureControlled(BloodPressureControl.YES).build());

        assertThat(rulesThatFired(cleared)).doesNotContain(PRESSURE);
        assertThat(Engine.excludedBy(cleared, "Head below the heart: nothing head-down with eye, blood pressure or heart problems, or in pregnancy"))
                .as("read as high blood pressure").contains("ball-decompression", "armrest-hang");
        assertThat(below.exclusions()).extracting(e -> e.rule()).as("a reading below 160/90 without the tick says nothing more")
                .doesNotContain("Head below the heart: nothing head-down with eye, blood pressure or heart problems, or in pregnancy");
        assertThat(Engine.ENGINE.evaluateTraced(everythingAtHand().bloodPressureControlled(BloodPressureControl.NO).build().toAssessment())
                .firedRules()).contains(COUNTS_AS_HIGH);
        assertThat(Engine.ENGINE.evaluateTraced(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE)
                .bloodPressureControlled(BloodPressureControl.NO).build().toAssessment()).firedRules()).doesNotContain(COUNTS_AS_HIGH);
    }

    @Test
    void seriousCauseFlagsTogetherReferUrgentlyWhenOnePointsBeyondThePain() {
        for (RedFlag[] flags : List.of(new RedFlag[] {RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.SEVERE_NIGHT_PAIN, RedFlag.CONSTANT_PAIN},
                new RedFlag[] {RedFlag.INFECTION_RISK, RedFlag.THORACIC_PAIN},
                new RedFlag[] {RedFlag.SUDDEN_DEFORMITY, RedFlag.UNEXPLAINED_WEIGHT_LOSS})) {
            Recommendation r = evaluate(everythingAtHand().redFlags(flags).age(68).build());

            assertThat(rulesThatFired(r)).as(List.of(flags).toString()).contains(TOGETHER);
            assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.URGENT));
        }
    }

    @Test
    void painFlagsAloneTogetherOrOneSeriousFlagAloneStaySoon() {
        for (RedFlag[] flags : List.of(new RedFlag[] {RedFlag.SEVERE_NIGHT_PAIN, RedFlag.CONSTANT_PAIN, RedFlag.THORACIC_PAIN},
                new RedFlag[] {RedFlag.UNEXPLAINED_WEIGHT_LOSS}, new RedFlag[] {RedFlag.INFECTION_RISK})) {
            Recommendation r = evaluate(everythingAtHand().redFlags(flags).build());

            assertThat(rulesThatFired(r)).as(List.of(flags).toString()).doesNotContain(TOGETHER);
            assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
        }
    }

    @Test
    void bothLegsNewOrWorseOnTheLegQuestionIsTheBothLegsEmergency() {
        Recommendation r = evaluate(everythingAtHand().legSymptoms(LegSymptoms.BOTH_LEGS_NEW_OR_WORSE).build());

        assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(BOTH_LEGS));
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.EMERGENCY));
    }

    @Test
    void bothLegsLongStandingAndUnchangedIsLegPainNotAnEmergency() {
        Recommendation r = evaluate(everythingAtHand().legSymptoms(LegSymptoms.BOTH_LEGS_LONG_STANDING).build());

        assertThat(rulesThatFired(r)).doesNotContain(BOTH_LEGS);
        assertThat(r.referral()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.rule()).containsExactly("Pain into the leg: the warning signs that need an emergency department");
        assertThat(Engine.cautionedBy(r, "Pain into the leg: stop if it spreads further down")).isNotEmpty();
    }

    @Test
    void aPregnancyComplicationRefersSoonAndADoctorsYesDoesNotLiftIt() {
        for (AnswersBuilder answers : List.of(everythingAtHand().conditions(Condition.PREGNANCY, Condition.PREGNANCY_COMPLICATION).pregnancyWeeks(24),
                everythingAtHand().conditions(Condition.PREGNANCY, Condition.PREGNANCY_COMPLICATION).doctorClearedExercise(true))) {
            Recommendation r = evaluate(answers.build());

            assertThat(r.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(PREGNANCY_COMPLICATION));
            assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
        }
        assertThat(rulesThatFired(evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(24).build())))
                .doesNotContain(PREGNANCY_COMPLICATION);
    }

    @Test
    void pregnancyWithHighBloodPressureNeedsAMidwifesOrDoctorsYes() {
        Recommendation withoutYes = evaluate(everythingAtHand().conditions(Condition.PREGNANCY, Condition.HIGH_BLOOD_PRESSURE).pregnancyWeeks(24)
                .bloodPressureControlled(BloodPressureControl.YES).build());
        Recommendation withYes = evaluate(everythingAtHand().conditions(Condition.PREGNANCY, Condition.HIGH_BLOOD_PRESSURE).pregnancyWeeks(24)
                .bloodPressureControlled(BloodPressureControl.YES).doctorClearedExercise(true).build());

        assertThat(withoutYes.referralReasons()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(PREGNANCY_PRESSURE));
        assertThat(withoutYes.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.SOON));
        assertThat(rulesThatFired(withYes)).doesNotContain(PREGNANCY_PRESSURE);
        assertThat(withYes.referral()).isEmpty();
    }

    @Test
    void pregnancyWithAReadingOf160Over90IsUrgentWhateverWasSaidBefore() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(30)
                .bloodPressureControlled(BloodPressureControl.NO).doctorClearedExercise(true).build());

        assertThat(rulesThatFired(r)).contains(PREGNANCY_160).doesNotContain(PREGNANCY_PRESSURE);
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.URGENT));
        assertThat(rulesThatFired(evaluate(everythingAtHand().bloodPressureControlled(BloodPressureControl.NO).build())))
                .as("not pregnant").doesNotContain(PREGNANCY_160);
    }

    @ParameterizedTest(name = "does not fire: {1}")
    @MethodSource("readiness")
    void aDoctorsYesLetsThePlanGoOn(AnswersBuilder answers, String rule, Urgency urgency) {
        Recommendation r = evaluate(answers.doctorClearedExercise(true).build());

        assertThat(rulesThatFired(r)).doesNotContain(rule);
        assertThat(r.referral()).isEmpty();
        assertThat(r.choices()).isNotEmpty();
    }

    @Test
    void highBloodPressureBelow160Over90NeedsNoDoctorsYes() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE).bloodPressureControlled(BloodPressureControl.YES).build());

        assertThat(rulesThatFired(r)).doesNotContain(PRESSURE, PRESSURE_UNKNOWN);
        assertThat(r.referral()).isEmpty();
    }

    @Test
    void chestPainRefersUrgentlyBeforeAnyExercise() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.CHEST_PAIN).build());

        assertThat(r.referralReasons()).singleElement()
                .satisfies(reason -> assertThat(reason.rule()).isEqualTo("Chest pain: see a doctor before exercising"));
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.URGENT));
        assertThat(r.choices()).isEmpty();
    }

    @Test
    void chestPainRuleStaysQuietForEveryOtherCondition() {
        EnumSet<Condition> others = EnumSet.complementOf(EnumSet.of(Condition.CHEST_PAIN));
        Recommendation r = evaluate(everythingAtHand().conditions(others.toArray(Condition[]::new)).doctorClearedExercise(true).build());

        assertThat(rulesThatFired(r)).doesNotContain("Chest pain: see a doctor before exercising");
        assertThat(evaluate(everythingAtHand().conditions(Condition.CHEST_PAIN).doctorClearedExercise(true).build()).referral())
                .as("a doctor's yes does not lift chest pain").isPresent();
    }

    @Test
    void withdrawingOptionsOnlyHappensWithAReferral() {
        Recommendation clear = evaluate(everythingAtHand().conditions(Condition.SHOULDER).build());
        Recommendation referred = evaluate(everythingAtHand().conditions(Condition.SHOULDER).redFlags(RedFlag.RECENT_TRAUMA).build());

        assertThat(clear.exclusions()).isNotEmpty();
        assertThat(clear.choices()).isNotEmpty();
        assertThat(referred.exclusions()).isEmpty();
        assertThat(referred.choices()).isEmpty();
    }

    @Test
    void referralTakesTheMostUrgentReason() {
        Recommendation r = evaluate(everythingAtHand()
                .redFlags(RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.FEVER_OR_UNWELL, RedFlag.BLADDER_BOWEL_CHANGE).build());

        assertThat(r.referral()).hasValueSatisfying(ref -> {
            assertThat(ref.urgency()).isEqualTo(Urgency.EMERGENCY);
            assertThat(ref.rule()).isEqualTo("Referral: emergency");
        });
        assertThat(r.referralReasons()).extracting(x -> x.urgency())
                .containsExactly(Urgency.EMERGENCY, Urgency.URGENT, Urgency.URGENT, Urgency.SOON);
    }

    @Test
    void eachReferralLevelRuleFiresOnlyForItsLevel() {
        assertThat(referralRule(everythingAtHand().redFlags(RedFlag.SADDLE_NUMBNESS, RedFlag.RECENT_TRAUMA))).isEqualTo("Referral: emergency");
        assertThat(referralRule(everythingAtHand().redFlags(RedFlag.RECENT_TRAUMA, RedFlag.SEVERE_NIGHT_PAIN))).isEqualTo("Referral: urgent");
        assertThat(referralRule(everythingAtHand().redFlags(RedFlag.SEVERE_NIGHT_PAIN))).isEqualTo("Referral: soon");
        assertThat(referralRule(AnswersBuilder.answers().canGetOnFloor(false).conditions(Condition.RECENT_SPINE_SURGERY))).isEqualTo("Referral: routine");
        assertThat(evaluate(everythingAtHand().build()).referral()).isEmpty();
    }

    private static String referralRule(AnswersBuilder answers) {
        Recommendation r = evaluate(answers.build());
        assertThat(r.referral()).as("one referral").isPresent();
        return r.referral().orElseThrow().rule();
    }
}
