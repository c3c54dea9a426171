package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.answers;
import static org.decompress.rules.AnswersBuilder.everythingAtHand;
import static org.decompress.rules.Engine.evaluate;
import static org.decompress.rules.Engine.excludedBy;

import java.util.Set;
import java.util.stream.Stream;
import org.decompress.catalog.Equipment;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.Condition;
import org.decompress.recommendation.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules/exclusion.drl. Each test starts from a person who could do everything, adds one answer,
 * and checks exactly which forms that rule rules out (and that it rules out nothing without it).
 */
class ExclusionRulesTest {

    static final String ARMS = "Shoulder, neck or arm problem: nothing that loads the arms";
    static final String BALANCE = "Balance problem: nothing that needs balance without support";
    static final String DIZZY = "Dizziness or fainting: nothing hanging, head-down or upside down";
    static final String KNEE = "Knee problem: no kneeling";
    static final String FLOOR = "Cannot get down to the floor: no floor exercises";
    static final String HELPER = "No helper: nothing that needs a second person";
    static final String EQUIPMENT = "Missing equipment: nothing that needs it";
    static final String FORWARD = "Bending forward makes the pain worse: no forward bending";
    static final String BACKWARD = "Bending backward makes the pain worse: nothing that arches the lower back";
    static final String INVERSION = "Inversion is unsafe with these conditions: no upside-down devices";
    static final String OSTEO_FLEXION = "Osteoporosis: no deep forward bending";
    static final String OSTEO_TRACTION = "Osteoporosis: no traction";
    static final String PREGNANCY = "Pregnancy: nothing face down";
    static final String SURGERY = "Recent spine surgery: nothing that bends or pulls the spine";

    static final Set<String> ARM_LOADING = Set.of("ball-decompression", "armrest-hang", "chair-hover", "bar-hang");
    static final Set<String> FLEXION = Set.of("knees-to-chest", "knees-to-chest (one-leg)", "childs-pose", "camel-pose",
            "chair-flexion", "ball-decompression", "armrest-hang");
    static final Set<String> TRACTION = Set.of("manual-traction", "ball-decompression", "armrest-hang", "chair-hover", "bar-hang",
            "sacrum-block-stretch", "decompression-devices (anti-gravity-boots)", "decompression-devices (mechanical-traction)",
            "decompression-devices (inversion-table)", "decompression-devices (lumbar-belt)");
    static final Set<String> INVERTED = Set.of("decompression-devices (anti-gravity-boots)", "decompression-devices (inversion-table)");

    @Test
    void noExclusionRuleFiresForAPersonWhoCanDoEverything() {
        Recommendation r = evaluate(everythingAtHand().build());

        assertThat(r.exclusions()).isEmpty();
    }

    @ParameterizedTest(name = "fires for {0}")
    @EnumSource(value = Condition.class, names = {"SHOULDER", "NECK", "UPPER_LIMB"})
    void upperBodyProblemRulesOutWhatLoadsTheArms(Condition condition) {
        Recommendation r = evaluate(everythingAtHand().conditions(condition).build());

        assertThat(excludedBy(r, ARMS)).isEqualTo(ARM_LOADING);
    }

    @Test
    void upperBodyRuleDoesNotFireForOtherConditions() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.KNEE, Condition.HYPERLORDOSIS, Condition.BALANCE).build());

        assertThat(excludedBy(r, ARMS)).isEmpty();
    }

    @ParameterizedTest(name = "fires for {0}")
    @EnumSource(value = Condition.class, names = {"BALANCE", "DIZZINESS_OR_FAINTING"})
    void balanceProblemRulesOutUnsupportedBalanceButKeepsTheSupportedForm(Condition condition) {
        Recommendation r = evaluate(everythingAtHand().conditions(condition).build());

        assertThat(excludedBy(r, BALANCE)).containsExactlyInAnyOrder("side-decompression", "ball-decompression");
        assertThat(r.exclusions()).noneMatch(e -> e.option().label().equals("side-decompression (supported)"));
    }

    @Test
    void balanceRuleDoesNotFireWithoutABalanceProblem() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.KNEE, Condition.SHOULDER).build());

        assertThat(excludedBy(r, BALANCE)).isEmpty();
    }

    @Test
    void dizzinessRulesOutHangingHeadDownAndInversion() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.DIZZINESS_OR_FAINTING).build());

        assertThat(excludedBy(r, DIZZY)).containsExactlyInAnyOrder("ball-decompression", "armrest-hang", "chair-hover", "bar-hang",
                "decompression-devices (anti-gravity-boots)", "decompression-devices (inversion-table)");
    }

    @Test
    void dizzinessRuleDoesNotFireForABalanceProblemAlone() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.BALANCE).build());

        assertThat(excludedBy(r, DIZZY)).isEmpty();
    }

    @Test
    void kneeProblemRulesOutKneeling() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.KNEE).build());

        assertThat(excludedBy(r, KNEE)).containsExactlyInAnyOrder("childs-pose", "camel-pose");
    }

    @Test
    void kneeRuleDoesNotFireWithoutAKneeProblem() {
        assertThat(excludedBy(evaluate(everythingAtHand().conditions(Condition.BALANCE).build()), KNEE)).isEmpty();
    }

    @Test
    void noFloorRulesOutFloorExercises() {
        Recommendation r = evaluate(everythingAtHand().canGetOnFloor(false).build());

        assertThat(excludedBy(r, FLOOR)).containsExactlyInAnyOrder("knees-to-chest", "knees-to-chest (one-leg)", "childs-pose",
                "camel-pose", "posture-reset", "manual-traction", "sacrum-block-stretch");
    }

    @Test
    void floorRuleDoesNotFireWhenTheFloorIsFineOrUnanswered() {
        assertThat(excludedBy(evaluate(everythingAtHand().canGetOnFloor(true).build()), FLOOR)).isEmpty();
        assertThat(excludedBy(evaluate(AnswersBuilder.answers().build()), FLOOR)).as("the default is: can get on the floor").isEmpty();
    }

    @Test
    void noHelperRulesOutManualTraction() {
        Recommendation r = evaluate(everythingAtHand().helperAvailable(false).build());

        assertThat(excludedBy(r, HELPER)).containsExactly("manual-traction");
    }

    @Test
    void helperRuleDoesNotFireWithAHelper() {
        assertThat(excludedBy(evaluate(everythingAtHand().helperAvailable(true).build()), HELPER)).isEmpty();
    }

    static Stream<Arguments> equipment() {
        return Stream.of(
                Arguments.of(Equipment.ARMCHAIR, Set.of("armrest-hang")),
                Arguments.of(Equipment.TWO_STURDY_CHAIRS, Set.of("chair-hover")),
                Arguments.of(Equipment.EXERCISE_BALL, Set.of("ball-decompression")),
                Arguments.of(Equipment.OVERHEAD_BAR, Set.of("bar-hang")),
                Arguments.of(Equipment.BLOCK_OR_TOWEL, Set.of("sacrum-block-stretch")),
                Arguments.of(Equipment.CHAIR_WITH_BACKREST, Set.of("gokhale-sitting")),
                Arguments.of(Equipment.INVERSION_TABLE, Set.of("decompression-devices (inversion-table)")),
                Arguments.of(Equipment.ANTI_GRAVITY_BOOTS, Set.of("decompression-devices (anti-gravity-boots)")),
                Arguments.of(Equipment.TRACTION_DEVICE, Set.of("decompression-devices (mechanical-traction)")),
                Arguments.of(Equipment.LUMBAR_BELT, Set.of("decompression-devices (lumbar-belt)")));
    }

    @ParameterizedTest(name = "fires without {0}")
    @MethodSource("equipment")
    void missingEquipmentRulesOutWhatNeedsIt(Equipment missing, Set<String> needIt) {
        Recommendation r = evaluate(everythingAtHand().without(missing).build());

        assertThat(excludedBy(r, EQUIPMENT)).isEqualTo(needIt);
        assertThat(r.exclusions()).filteredOn(e -> e.rule().equals(EQUIPMENT))
                .allSatisfy(e -> assertThat(e.reason()).contains(missing.phrase()));
    }

    @Test
    void aChairIsMissingOnlyWhenNothingToSitOnIsAtHand() {
        Recommendation r = evaluate(everythingAtHand().without(Equipment.CHAIR).without(Equipment.ARMCHAIR)
                .without(Equipment.TWO_STURDY_CHAIRS).without(Equipment.CHAIR_WITH_BACKREST).build());

        assertThat(excludedBy(r, EQUIPMENT)).contains("chair-flexion");
        assertThat(r.exclusions()).filteredOn(e -> e.option().exerciseId().equals("chair-flexion"))
                .allSatisfy(e -> assertThat(e.reason()).contains(Equipment.CHAIR.phrase()));
    }

    @ParameterizedTest(name = "{0} is a chair to sit on")
    @org.junit.jupiter.params.provider.EnumSource(value = Equipment.class, names = {"CHAIR", "CHAIR_WITH_BACKREST", "TWO_STURDY_CHAIRS", "ARMCHAIR"})
    void equipmentCountsForWhatItAlsoIs(Equipment item) {
        Recommendation r = evaluate(answers().equipment(item).build());

        assertThat(excludedBy(r, EQUIPMENT)).doesNotContain("chair-flexion");
        assertThat(r.exclusions()).noneMatch(e -> e.reason().contains("needs " + Equipment.CHAIR.phrase() + ","));
    }

    @Test
    void equipmentRuleDoesNotFireWhenEverythingIsAtHand() {
        assertThat(excludedBy(evaluate(everythingAtHand().build()), EQUIPMENT)).isEmpty();
    }

    @Test
    void bendingForwardWorseRulesOutFlexion() {
        Recommendation r = evaluate(everythingAtHand().bendingForward(BendingEffect.WORSE).build());

        assertThat(excludedBy(r, FORWARD)).isEqualTo(FLEXION);
    }

    @ParameterizedTest(name = "does not fire when bending forward is {0}")
    @EnumSource(value = BendingEffect.class, names = {"BETTER", "NO_CHANGE", "UNSURE"})
    void forwardRuleDoesNotFireUnlessForwardIsWorse(BendingEffect effect) {
        Recommendation r = evaluate(everythingAtHand().bendingForward(effect).bendingBackward(BendingEffect.WORSE).build());

        assertThat(excludedBy(r, FORWARD)).isEmpty();
    }

    @Test
    void bendingBackwardWorseRulesOutWhatArchesTheBack() {
        Recommendation r = evaluate(everythingAtHand().bendingBackward(BendingEffect.WORSE).build());

        assertThat(excludedBy(r, BACKWARD)).containsExactly("sacrum-block-stretch");
    }

    @ParameterizedTest(name = "does not fire when bending backward is {0}")
    @EnumSource(value = BendingEffect.class, names = {"BETTER", "NO_CHANGE", "UNSURE"})
    void backwardRuleDoesNotFireUnlessBackwardIsWorse(BendingEffect effect) {
        Recommendation r = evaluate(everythingAtHand().bendingBackward(effect).bendingForward(BendingEffect.WORSE).build());

        assertThat(excludedBy(r, BACKWARD)).isEmpty();
    }

    @ParameterizedTest(name = "fires for {0}")
    @EnumSource(value = Condition.class, names = {"HIGH_BLOOD_PRESSURE", "GLAUCOMA", "HEART_DISEASE", "PREGNANCY",
            "OSTEOPOROSIS", "RECENT_SPINE_SURGERY"})
    void inversionContraindicationRulesOutInversionDevices(Condition condition) {
        Recommendation r = evaluate(everythingAtHand().conditions(condition).build());

        assertThat(excludedBy(r, INVERSION)).isEqualTo(INVERTED);
    }

    @ParameterizedTest(name = "does not fire for {0}")
    @EnumSource(value = Condition.class, names = {"HYPERLORDOSIS", "SHOULDER", "NECK", "UPPER_LIMB", "BALANCE", "KNEE",
            "DIZZINESS_OR_FAINTING"})
    void inversionRuleDoesNotFireForOtherConditions(Condition condition) {
        assertThat(excludedBy(evaluate(everythingAtHand().conditions(condition).build()), INVERSION)).isEmpty();
    }

    @Test
    void osteoporosisRulesOutFlexionAndTraction() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build());

        assertThat(excludedBy(r, OSTEO_FLEXION)).isEqualTo(FLEXION);
        assertThat(excludedBy(r, OSTEO_TRACTION)).isEqualTo(TRACTION);
    }

    @Test
    void osteoporosisRulesDoNotFireWithoutOsteoporosis() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.PREGNANCY, Condition.HIGH_BLOOD_PRESSURE).build());

        assertThat(excludedBy(r, OSTEO_FLEXION)).isEmpty();
        assertThat(excludedBy(r, OSTEO_TRACTION)).isEmpty();
    }

    @Test
    void pregnancyRulesOutFaceDownPositions() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).build());

        assertThat(excludedBy(r, PREGNANCY)).containsExactlyInAnyOrder("ball-decompression", "armrest-hang");
    }

    @Test
    void pregnancyRuleDoesNotFireWithoutPregnancy() {
        assertThat(excludedBy(evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build()), PREGNANCY)).isEmpty();
    }

    @Test
    void recentSpineSurgeryRulesOutEveryBendingOrPullingForm() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.RECENT_SPINE_SURGERY).build());

        assertThat(excludedBy(r, SURGERY)).containsAll(FLEXION).containsAll(TRACTION)
                .contains("side-decompression", "side-decompression (supported)")
                .doesNotContain("posture-reset", "gokhale-sitting", "lumbar-rolls-pelvic-tilts");
    }

    @Test
    void surgeryRuleDoesNotFireWithoutSurgery() {
        assertThat(excludedBy(evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build()), SURGERY)).isEmpty();
    }

    @Test
    void theCooldownIsNeverRuledOutByAnySingleAnswer() {
        for (Condition condition : Condition.values()) {
            Recommendation r = evaluate(AnswersBuilder.answers().canGetOnFloor(false).conditions(condition).build());
            assertThat(r.exclusions()).as(condition.name()).noneMatch(e -> e.option().exerciseId().equals("lumbar-rolls-pelvic-tilts"));
        }
    }

    @Test
    void thePlanListsAnExerciseAsRuledOutOnlyWhenEveryFormIsRuledOut() {
        Plan plan = Engine.plan(everythingAtHand().conditions(Condition.BALANCE, Condition.SHOULDER).build());

        assertThat(plan.excluded()).extracting(ExcludedExercise::id)
                .contains("ball-decompression", "armrest-hang", "chair-hover", "bar-hang")
                .doesNotContain("side-decompression");
        assertThat(plan.excluded()).filteredOn(x -> x.id().equals("ball-decompression")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(reason -> reason.rule())
                        .as("sorted by rule name, so the order never depends on the engine").containsExactly(BALANCE, ARMS));
    }
}
