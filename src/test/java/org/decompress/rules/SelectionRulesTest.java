package org.decompress.rules;

import static org.decompress.rules.Recommendations.reasonsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.answers;
import static org.decompress.rules.AnswersBuilder.everythingAtHand;
import static org.decompress.rules.Engine.chosen;
import static org.decompress.rules.Engine.evaluate;
import static org.decompress.rules.Engine.preferredBy;
import static org.decompress.rules.Engine.rulesThatFired;

import java.util.Set;
import org.decompress.catalog.Equipment;
import org.decompress.catalog.Role;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.RedFlag;
import org.decompress.recommendation.Candidate;
import org.decompress.recommendation.PlanSize;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/selection.drl: preferences, candidacy and choice. */
class SelectionRulesTest {

    static final String ARCHED = "Arched lower back: favour positions that round or flatten the lower back";
    static final String FORWARD_EASES = "Bending forward eases the pain: favour forward-bending positions";
    static final String BACKWARD_EASES = "Bending backward eases the pain: favour positions that arch the lower back";
    static final String HIGH_PAIN = "High pain: favour the gentlest positions";
    static final String NO_EQUIPMENT = "First plan: favour exercises that need no equipment";
    static final String CHOOSE = "Choose the best-ranked safe exercise";
    static final String SITTING = "Long sitting adds the sitting technique";
    static final String NOTHING_SAFE = "Nothing safe is left: see a physiotherapist";
    static final String SPONDYLO = "Spondylolisthesis or spinal stenosis: favour forward-bending positions";
    static final String COOLDOWN_CANDIDATE = "Candidate: a form of the cooldown no rule ruled out";

    static final Set<String> FLEXION = ExclusionRulesTest.FLEXION;

    @Test
    void archedLowerBackFavoursFlexionAndThePostureResetPosition() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.HYPERLORDOSIS).build());
        Set<String> roundOrFlatten = new java.util.TreeSet<>(FLEXION);
        roundOrFlatten.add("posture-reset");

        assertThat(preferredBy(r, ARCHED)).isEqualTo(roundOrFlatten);
        assertThat(chosen(r)).allMatch(roundOrFlatten::contains, "every choice rounds or flattens the lower back");
    }

    @Test
    void archedLowerBackRuleDoesNotFireWithoutIt() {
        assertThat(preferredBy(evaluate(everythingAtHand().conditions(Condition.KNEE).build()), ARCHED)).isEmpty();
    }

    @Test
    void archedLowerBackPutsAFlexionExerciseFirstWhereItWouldNotBe() {
        // Without the floor and with a chair, side decompression (no equipment) would come first.
        Recommendation without = evaluate(answers().canGetOnFloor(false).equipment(Equipment.CHAIR).build());
        Recommendation with = evaluate(answers().canGetOnFloor(false).equipment(Equipment.CHAIR).conditions(Condition.HYPERLORDOSIS).build());

        assertThat(chosen(without)).first().isEqualTo("side-decompression");
        assertThat(chosen(with)).first().isEqualTo("chair-flexion");
    }

    @Test
    void painEasedByBendingForwardFavoursFlexion() {
        Recommendation r = evaluate(everythingAtHand().bendingForward(BendingEffect.BETTER).build());

        assertThat(preferredBy(r, FORWARD_EASES)).isEqualTo(FLEXION);
    }

    @ParameterizedTest(name = "does not fire when bending forward is {0}")
    @EnumSource(value = BendingEffect.class, names = {"WORSE", "NO_CHANGE", "UNSURE"})
    void forwardEasesRuleDoesNotFireOtherwise(BendingEffect effect) {
        assertThat(preferredBy(evaluate(everythingAtHand().bendingForward(effect).build()), FORWARD_EASES)).isEmpty();
    }

    @Test
    void painEasedByBendingBackwardFavoursWhatArchesTheLowerBack() {
        Recommendation r = evaluate(everythingAtHand().bendingBackward(BendingEffect.BETTER).build());

        assertThat(preferredBy(r, BACKWARD_EASES)).containsExactly("sacrum-block-stretch");
        assertThat(chosen(r)).contains("sacrum-block-stretch");
    }

    @Test
    void backwardEasesNeverOverridesARuleOut() {
        Recommendation r = evaluate(everythingAtHand().bendingBackward(BendingEffect.BETTER).conditions(Condition.SPONDYLOLISTHESIS_OR_STENOSIS).build());

        assertThat(preferredBy(r, BACKWARD_EASES)).as("a ruled-out form is no candidate, so nothing to favour").isEmpty();
        assertThat(chosen(r)).doesNotContain("sacrum-block-stretch");
    }

    @ParameterizedTest(name = "does not fire when bending backward is {0}")
    @EnumSource(value = BendingEffect.class, names = {"WORSE", "NO_CHANGE", "UNSURE"})
    void backwardEasesRuleDoesNotFireOtherwise(BendingEffect effect) {
        assertThat(preferredBy(evaluate(everythingAtHand().bendingBackward(effect).build()), BACKWARD_EASES)).isEmpty();
    }

    @ParameterizedTest(name = "fires at pain {0}")
    @ValueSource(ints = {7, 8, 10})
    void highPainFavoursTheGentlestForms(int pain) {
        Recommendation r = evaluate(everythingAtHand().painLevel(pain).build());

        assertThat(preferredBy(r, HIGH_PAIN)).containsExactlyInAnyOrder("knees-to-chest (one-leg)", "posture-reset");
        assertThat(chosen(r)).startsWith("knees-to-chest (one-leg)", "posture-reset");
    }

    @ParameterizedTest(name = "does not fire at pain {0}")
    @ValueSource(ints = {0, 3, 6})
    void highPainRuleDoesNotFireBelowSeven(int pain) {
        Recommendation r = evaluate(everythingAtHand().painLevel(pain).build());

        assertThat(preferredBy(r, HIGH_PAIN)).isEmpty();
        assertThat(chosen(r)).first().isEqualTo("knees-to-chest");
    }

    @Test
    void noEquipmentIsFavouredAndEquipmentIsNot() {
        Recommendation r = evaluate(everythingAtHand().build());

        assertThat(preferredBy(r, NO_EQUIPMENT)).containsExactlyInAnyOrder("knees-to-chest", "knees-to-chest (one-leg)",
                "childs-pose", "camel-pose", "side-decompression", "side-decompression (supported)", "posture-reset",
                "manual-traction");
        assertThat(preferredBy(r, NO_EQUIPMENT)).doesNotContain("chair-flexion", "ball-decompression", "bar-hang",
                "decompression-devices (inversion-table)", "gokhale-sitting");
    }

    @Test
    void spondylolisthesisOrStenosisFavoursForwardBending() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.SPONDYLOLISTHESIS_OR_STENOSIS).build());

        assertThat(preferredBy(r, SPONDYLO)).containsExactlyInAnyOrder("knees-to-chest", "knees-to-chest (one-leg)", "childs-pose",
                "camel-pose", "chair-flexion", "ball-decompression", "armrest-hang");
        assertThat(Engine.chosen(r).get(0)).isIn("knees-to-chest", "childs-pose", "camel-pose", "chair-flexion");
    }

    @Test
    void spondylolisthesisFavourDoesNotFireWithoutIt() {
        assertThat(preferredBy(evaluate(everythingAtHand().conditions(Condition.HYPERLORDOSIS).build()), SPONDYLO)).isEmpty();
    }

    @Test
    void everyFormOfTheCooldownNoRuleRuledOutIsACandidateAndThePlainOneComesFirst() {
        Recommendation everything = evaluate(everythingAtHand().build());
        Recommendation hip = evaluate(everythingAtHand().conditions(Condition.HIP_REPLACEMENT_RECENT).build());

        assertThat(everything.candidates()).filteredOn(c -> c.role() == Role.COOLDOWN).extracting(c -> c.option().label())
                .containsExactly("lumbar-rolls-pelvic-tilts", "lumbar-rolls-pelvic-tilts (pelvic-tilts)", "lumbar-rolls-pelvic-tilts (wall)");
        assertThat(everything.cooldowns()).allSatisfy(c -> assertThat(c.form().variant()).isNull());
        assertThat(hip.candidates()).filteredOn(c -> c.role() == Role.COOLDOWN).extracting(c -> c.option().label())
                .containsExactly("lumbar-rolls-pelvic-tilts (pelvic-tilts)", "lumbar-rolls-pelvic-tilts (wall)");
    }

    @Test
    void noCooldownCandidateUnderAReferral() {
        assertThat(evaluate(everythingAtHand().redFlags(RedFlag.RECENT_TRAUMA).build()).candidates()).isEmpty();
    }

    @Test
    void everyOptionNoRuleRuledOutIsACandidateWithItsPoints() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.KNEE).build());

        assertThat(r.candidates()).extracting(c -> c.option().label())
                .doesNotContain("childs-pose", "camel-pose", "gokhale-sitting", "decompression-devices (lumbar-belt)")
                .contains("knees-to-chest", "chair-flexion", "bar-hang");
        assertThat(r.candidates()).filteredOn(c -> c.option().label().equals("knees-to-chest"))
                .singleElement().extracting(Candidate::score).isEqualTo(1);
    }

    @Test
    void theSittingTechniqueIsACandidateOnlyForLongSitting() {
        Recommendation sits = evaluate(everythingAtHand().sitsForLongPeriods(true).build());
        Recommendation doesNot = evaluate(everythingAtHand().sitsForLongPeriods(false).build());

        assertThat(sits.candidates()).anyMatch(c -> c.role() == Role.POSTURE);
        assertThat(doesNot.candidates()).noneMatch(c -> c.role() == Role.POSTURE);
    }

    @ParameterizedTest(name = "{0} asked for")
    @ValueSource(ints = {1, 2, 3})
    void planSizeIsWhatWasAskedForWithoutLongSitting(int asked) {
        Recommendation r = evaluate(everythingAtHand().maxExercises(asked).build());

        assertThat(r.planSize()).contains(new PlanSize(asked, false));
        assertThat(r.choices()).hasSize(asked);
        assertThat(rulesThatFired(r)).doesNotContain(SITTING);
    }

    @ParameterizedTest(name = "{0} asked for")
    @ValueSource(ints = {2, 3})
    void longSittingKeepsTheLastPlaceForTheSittingTechnique(int asked) {
        Recommendation r = evaluate(everythingAtHand().sitsForLongPeriods(true).maxExercises(asked).build());

        assertThat(r.planSize()).contains(new PlanSize(asked - 1, true));
        assertThat(chosen(r)).hasSize(asked).last().isEqualTo("gokhale-sitting");
        assertThat(reasonsOf(r, "gokhale-sitting")).extracting(x -> x.rule()).containsExactly(SITTING);
    }

    @Test
    void withOnePlaceOnlyADecompressionExerciseTakesIt() {
        Recommendation r = evaluate(everythingAtHand().sitsForLongPeriods(true).maxExercises(1).build());

        assertThat(r.planSize()).contains(new PlanSize(1, false));
        assertThat(chosen(r)).containsExactly("knees-to-chest");
    }

    @Test
    void theSittingTechniqueNeedsAChairWithABackRest() {
        Recommendation r = evaluate(everythingAtHand().without(Equipment.CHAIR_WITH_BACKREST).sitsForLongPeriods(true).build());

        assertThat(rulesThatFired(r)).doesNotContain(SITTING);
        assertThat(chosen(r)).hasSize(3).doesNotContain("gokhale-sitting");
    }

    @Test
    void theSittingTechniqueAloneIsNoPlan() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).conditions(Condition.RECENT_SPINE_SURGERY)
                .equipment(Equipment.CHAIR_WITH_BACKREST).sitsForLongPeriods(true).build());

        assertThat(r.choices()).isEmpty();
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(Urgency.ROUTINE));
    }

    @Test
    void choosingTakesTheBestRankedAndNoTwoOfAFamily() {
        Recommendation r = evaluate(everythingAtHand().build());

        // All score 1 (no equipment): the source's order decides; camel pose is child's pose's near-duplicate.
        assertThat(chosen(r)).containsExactly("knees-to-chest", "childs-pose", "side-decompression");
        assertThat(r.choices()).extracting(c -> c.rank()).containsExactly(1, 2, 3);
        assertThat(r.reasons()).filteredOn(x -> x.rule().equals(CHOOSE)).extracting(x -> x.exerciseId())
                .containsExactlyInAnyOrder("knees-to-chest", "childs-pose", "side-decompression");
    }

    @Test
    void oneFormOfAnExerciseAtMost() {
        Recommendation r = evaluate(everythingAtHand().painLevel(9).build());

        assertThat(chosen(r)).filteredOn(id -> id.startsWith("knees-to-chest")).hasSize(1);
    }

    @Test
    void choosingDoesNotFireUnderAReferral() {
        Recommendation r = evaluate(everythingAtHand().redFlags(RedFlag.RECENT_TRAUMA).build());

        assertThat(rulesThatFired(r)).doesNotContain(CHOOSE, SITTING, NOTHING_SAFE);
    }

    @Test
    void nothingSafeLeftRefersToAPhysiotherapist() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).conditions(Condition.RECENT_SPINE_SURGERY).build());

        assertThat(r.referralReasons()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NOTHING_SAFE);
            assertThat(x.urgency()).isEqualTo(Urgency.ROUTINE);
        });
        assertThat(r.choices()).isEmpty();
        assertThat(r.exclusions()).isNotEmpty();
    }

    @Test
    void nothingSafeDoesNotFireWhenSomethingIsSafeOrARedFlagAlreadyRefers() {
        assertThat(rulesThatFired(evaluate(answers().canGetOnFloor(false).build()))).doesNotContain(NOTHING_SAFE);
        assertThat(rulesThatFired(evaluate(answers().redFlags(RedFlag.SADDLE_NUMBNESS).build()))).doesNotContain(NOTHING_SAFE);
    }
}
