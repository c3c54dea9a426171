package org.decompress.rules;

import static org.decompress.rules.Recommendations.reasonsOf;
import static org.decompress.rules.Recommendations.cooldownAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.answers;
import static org.decompress.rules.AnswersBuilder.everythingAtHand;
import static org.decompress.rules.Engine.cautionedBy;
import static org.decompress.rules.Engine.evaluate;
import static org.decompress.rules.Engine.rulesThatFired;

import java.util.ArrayList;
import java.util.List;
import org.decompress.catalog.Equipment;
import org.decompress.engine.RuleCompiler;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleFile;
import org.decompress.engine.RuleFiles;
import org.decompress.questionnaire.BendingEffect;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.BloodPressureControl;
import org.decompress.questionnaire.RedFlag;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Urgency;
import org.junit.jupiter.api.Test;

/** rules/wrapping.drl: cooldowns, explanations, cautions, disclaimers. */
class WrappingRulesTest {

    static final String COOLDOWN = "Cooldown after every decompression exercise";
    static final String NO_SAFE_COOLDOWN = "No safe cooldown: see a physiotherapist";
    static final String VARIANT = "A chosen variant says why the plain form was ruled out";
    static final String DEVICES = "Devices: a person who has one is told what the guidelines advise";
    static final String COOLDOWN_FORM = "The cooldown's form says why its plain form was ruled out";
    static final String PREGNANT_STOP = "Pregnancy: the signs that mean stop";
    static final String CAUDA_EQUINA = "Pain into the leg: the warning signs that need an emergency department";
    static final String HEAD_BELOW_HIPS = "Head below the hips: come up slowly with eye, blood pressure or heart problems, dizziness, or in pregnancy";
    static final String BREATHE = "Weight on the arms with blood pressure, heart or eye pressure problems: breathe out, never hold your breath";
    static final String FALLS_NOTE = "Falls: ask for a falls check";
    static final String PAST_42 = "Pregnancy past 42 weeks: answer the questions again";
    static final String HEAD_KNOCK = "Blood thinners: a knock to the head is checked the same day";
    static final String EXERCISE_DISCLAIMERS = "Exercise disclaimers go with every plan";
    static final String PREGNANT_BACK = "Pregnancy: not long flat on the back after the first trimester";
    static final String PREGNANT_COOLDOWN = "Pregnancy: the cooldown on the back stays short";
    static final String LEG = "Pain into the leg: stop if it spreads further down";
    static final String SURGEON = "Recent spine surgery: ask your surgeon first";
    static final String DISCLAIMERS = "Disclaimers go with every answer";

    @Test
    void everyDecompressionExerciseGetsTheCooldownAndTheSittingTechniqueDoesNot() {
        Recommendation r = evaluate(everythingAtHand().sitsForLongPeriods(true).build());

        assertThat(r.cooldowns()).extracting(c -> c.afterExerciseId()).containsExactlyInAnyOrder("knees-to-chest", "childs-pose");
        assertThat(r.cooldowns()).allSatisfy(c -> {
            assertThat(c.cooldownId()).isEqualTo("lumbar-rolls-pelvic-tilts");
            assertThat(c.rule()).isEqualTo(COOLDOWN);
        });
        assertThat(cooldownAfter(r, "gokhale-sitting")).isEmpty();
    }

    @Test
    void noCooldownWithoutAnExercise() {
        assertThat(evaluate(everythingAtHand().redFlags(RedFlag.FEVER_OR_UNWELL).build()).cooldowns()).isEmpty();
    }

    @Test
    void aRuledOutCooldownTurnsThePlanIntoAReferral() {
        List<RuleFile> files = new ArrayList<>(RuleFiles.fromClasspath(getClass().getClassLoader()));
        files.add(new RuleFile("test/cooldown-ruled-out.drl", """
                package rules.test;
                import org.decompress.questionnaire.Assessment;
                import org.decompress.recommendation.RuleOut;
                rule "Test: the cooldown is ruled out"
                    ruleflow-group "exclusion"
                when
                    Assessment()
                then
                    insert(RuleOut.exercise("lumbar-rolls-pelvic-tilts", drools.getRule().getName()));
                end
                """));
        RuleEngine engine = new RuleEngine(RuleCompiler.compile(files, getClass().getClassLoader()), Engine.CATALOG,
                org.decompress.engine.RuleTitles.order(Engine.TEXTS));

        Recommendation r = engine.evaluate(everythingAtHand().build().toAssessment());

        assertThat(r.cooldowns()).isEmpty();
        assertThat(r.referralReasons()).extracting(x -> x.rule()).containsExactly(NO_SAFE_COOLDOWN);
        assertThat(r.referral()).hasValueSatisfying(x -> assertThat(x.urgency()).isEqualTo(Urgency.ROUTINE));
    }

    @Test
    void noSafeCooldownDoesNotFireWhenTheCooldownIsSafe() {
        assertThat(rulesThatFired(evaluate(everythingAtHand().build()))).doesNotContain(NO_SAFE_COOLDOWN);
    }

    @Test
    void aChosenVariantSaysWhyThePlainFormWasRuledOut() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).conditions(Condition.BALANCE).build());

        assertThat(r.choices()).extracting(Choice::exerciseId).containsExactly("side-decompression");
        assertThat(r.choices().get(0).option().variant()).isEqualTo("supported");
        assertThat(reasonsOf(r, "side-decompression"))
                .filteredOn(x -> x.rule().equals(VARIANT)).singleElement()
                .satisfies(x -> assertThat(Engine.say(x.text())).isEqualTo("Only this form is suggested. " + Engine.say(r.exclusions().stream()
                        .filter(e -> e.rule().equals(ExclusionRulesTest.BALANCE) && e.option().variant() == null)
                        .findFirst().orElseThrow().reason())));
    }

    @Test
    void noVariantExplanationWhenThePlainFormIsChosen() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).build());

        assertThat(r.choices()).extracting(c -> c.option().label()).contains("side-decompression");
        assertThat(reasonsOf(r, "side-decompression")).noneMatch(x -> x.rule().equals(VARIANT));
    }

    @Test
    void aPersonWhoHasADeviceIsToldWhyItIsNotInThePlan() {
        for (Equipment device : List.of(Equipment.LUMBAR_BELT, Equipment.INVERSION_TABLE, Equipment.ANTI_GRAVITY_BOOTS, Equipment.TRACTION_DEVICE)) {
            Recommendation r = evaluate(answers().canGetOnFloor(false).equipment(device).build());

            assertThat(r.choices()).as(device.name()).noneMatch(c -> c.option().device());
            assertThat(r.notes()).as(device.name()).singleElement().satisfies(n -> {
                assertThat(n.rule()).isEqualTo(DEVICES);
                assertThat(Engine.say(n.text())).contains("advise against");
            });
        }
    }

    @Test
    void noDeviceNoteWithoutADeviceOrUnderAReferral() {
        assertThat(evaluate(answers().equipment(Equipment.values()).without(Equipment.LUMBAR_BELT).without(Equipment.INVERSION_TABLE)
                .without(Equipment.ANTI_GRAVITY_BOOTS).without(Equipment.TRACTION_DEVICE).build()).notes()).isEmpty();
        assertThat(evaluate(everythingAtHand().redFlags(RedFlag.FEVER_OR_UNWELL).build()).notes()).isEmpty();
    }

    @Test
    void pregnancyCautionsAgainstLongLyingOnTheBack() {
        Recommendation early = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(12).build());
        Recommendation later = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).build());
        Recommendation sixteen = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(16).build());

        assertThat(cautionedBy(early, PREGNANT_BACK)).containsExactly("knees-to-chest");
        assertThat(cautionedBy(early, PREGNANT_COOLDOWN)).containsExactly("lumbar-rolls-pelvic-tilts");
        assertThat(early.choices()).extracting(c -> c.option().label()).contains("knees-to-chest");
        assertThat(later.choices()).extracting(c -> c.option().label()).contains("knees-to-chest (one-leg)").doesNotContain("knees-to-chest");
        assertThat(cautionedBy(later, PREGNANT_BACK)).containsExactly("knees-to-chest");
        assertThat(cautionedBy(later, PREGNANT_COOLDOWN)).as("from 20 weeks the cooldown is done standing").isEmpty();
        assertThat(cautionedBy(sixteen, PREGNANT_COOLDOWN)).as("from 16 weeks the cooldown is done standing").isEmpty();
        assertThat(sixteen.cooldowns()).allSatisfy(c -> assertThat(c.variant()).isEqualTo("wall"));
    }

    @Test
    void aCooldownInAnotherFormSaysWhyItsPlainFormWasRuledOut() {
        Recommendation pregnant = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(24).build());
        Recommendation thinBones = evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build());

        assertThat(reasonsOf(pregnant, "lumbar-rolls-pelvic-tilts")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(COOLDOWN_FORM);
            assertThat(Engine.say(x.text())).startsWith("Done in this form. From about 16 weeks of pregnancy");
        });
        assertThat(thinBones.cooldowns()).allSatisfy(c -> assertThat(c.variant()).isEqualTo("pelvic-tilts"));
        assertThat(reasonsOf(thinBones, "lumbar-rolls-pelvic-tilts")).singleElement()
                .satisfies(x -> assertThat(Engine.say(x.text())).contains("again and again"));
    }

    @Test
    void noCooldownFormReasonWhenThePlainCooldownIsSafe() {
        assertThat(rulesThatFired(evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(12).build())))
                .doesNotContain(COOLDOWN_FORM);
    }

    @Test
    void aPlanForAPregnantPersonCarriesTheSignsThatStopExercise() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(8).build());

        assertThat(r.warnings()).extracting(w -> w.rule()).containsExactly(PREGNANT_STOP);
        assertThat(Engine.say(r.warnings().get(0).text())).contains("bleeding").contains("fluid leaking from the vagina").contains("contractions")
                .contains("faint").contains("chest pain").contains("calf").contains("balance").contains("breathlessness");
    }

    @Test
    void noPregnancyWarningWithoutPregnancyOrUnderAReferral() {
        assertThat(rulesThatFired(evaluate(everythingAtHand().build()))).doesNotContain(PREGNANT_STOP);
        assertThat(evaluate(everythingAtHand().conditions(Condition.PREGNANCY).redFlags(RedFlag.FEVER_OR_UNWELL).build()).warnings()).isEmpty();
    }

    @Test
    void aPlanWithLegPainCarriesTheCaudaEquinaWarningSignsAndWhatToDo() {
        Recommendation r = evaluate(everythingAtHand().painIntoLeg(true).build());

        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(CAUDA_EQUINA);
            assertThat(Engine.say(w.text())).contains("emergency department").contains("groin").contains("urine").contains("both legs")
                    .contains("sexual function").contains("walking");
        });
    }

    @Test
    void noCaudaEquinaWarningWithoutLegPainOrUnderAReferral() {
        assertThat(evaluate(everythingAtHand().painIntoLeg(false).build()).warnings()).isEmpty();
        assertThat(evaluate(everythingAtHand().painIntoLeg(true).redFlags(RedFlag.BOTH_LEGS).build()).warnings()).isEmpty();
    }

    @Test
    void theHeadBelowTheHipsComesWithACautionForEyePressureHeartDizzinessOrPregnancy() {
        for (Condition condition : List.of(Condition.GLAUCOMA, Condition.HIGH_BLOOD_PRESSURE, Condition.HEART_DISEASE, Condition.DIZZINESS_OR_FAINTING,
                Condition.PREGNANCY)) {
            AnswersBuilder answers = answers().bendingForward(BendingEffect.BETTER).conditions(condition, Condition.SHOULDER)
                    .doctorClearedExercise(true);
            Recommendation r = evaluate((condition == Condition.PREGNANCY ? answers.pregnancyWeeks(10) : answers).build());

            assertThat(r.choices()).as(condition.name()).extracting(Choice::exerciseId).contains("childs-pose");
            assertThat(cautionedBy(r, HEAD_BELOW_HIPS)).as(condition.name()).containsExactly("childs-pose");
        }
        for (Condition condition : List.of(Condition.HIGH_BLOOD_PRESSURE, Condition.HEART_DISEASE)) {
            Recommendation r = evaluate(answers().canGetOnFloor(false).equipment(Equipment.CHAIR).bendingForward(BendingEffect.BETTER)
                    .conditions(condition).doctorClearedExercise(true).build());

            assertThat(cautionedBy(r, HEAD_BELOW_HIPS)).as(condition.name()).containsExactly("chair-flexion");
        }
    }

    @Test
    void weightOnTheArmsWithBloodPressureHeartOrEyePressureProblemsSaysBreatheOut() {
        for (Condition condition : List.of(Condition.HIGH_BLOOD_PRESSURE, Condition.HEART_DISEASE, Condition.GLAUCOMA)) {
            Recommendation r = evaluate(answers().canGetOnFloor(false).equipment(Equipment.TWO_STURDY_CHAIRS).conditions(condition)
                    .doctorClearedExercise(true).build());

            assertThat(r.choices()).as(condition.name()).extracting(Choice::exerciseId).contains("chair-hover");
            assertThat(cautionedBy(r, BREATHE)).as(condition.name()).containsExactly("chair-hover");
            assertThat(Engine.say(r.cautionsOf("chair-hover").stream().filter(c -> c.rule().equals(BREATHE)).findFirst().orElseThrow().text()))
                    .contains("Breathe out").contains("never hold your breath");
        }
        Recommendation without = evaluate(answers().canGetOnFloor(false).equipment(Equipment.TWO_STURDY_CHAIRS).build());
        assertThat(without.choices()).extracting(Choice::exerciseId).contains("chair-hover");
        assertThat(cautionedBy(without, BREATHE)).isEmpty();
        assertThat(cautionedBy(evaluate(everythingAtHand().conditions(Condition.HIGH_BLOOD_PRESSURE).bloodPressureControlled(BloodPressureControl.YES)
                .conditions(Condition.SHOULDER).build()), BREATHE)).as("nothing loads the arms").isEmpty();
    }

    @Test
    void aPlanForAPersonWhoFellAsksForAFallsCheck() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.FALLS).fallHurtOrRepeated(false).build());

        assertThat(r.notes()).extracting(n -> n.rule()).contains(FALLS_NOTE);
        assertThat(r.notes().stream().filter(n -> n.rule().equals(FALLS_NOTE)).map(n -> Engine.say(n.text()))).singleElement().asString()
                .contains("falls check");
        assertThat(rulesThatFired(evaluate(everythingAtHand().build()))).doesNotContain(FALLS_NOTE);
        assertThat(evaluate(everythingAtHand().conditions(Condition.FALLS).redFlags(RedFlag.RECENT_TRAUMA).build()).notes())
                .as("no note under a referral").isEmpty();
    }

    @Test
    void aPlanForAPersonOnBloodThinnersSaysAKnockToTheHeadIsCheckedTheSameDay() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.ANTICOAGULANTS).build());

        assertThat(r.notes()).extracting(n -> n.rule()).contains(HEAD_KNOCK);
        assertThat(rulesThatFired(evaluate(everythingAtHand().build()))).doesNotContain(HEAD_KNOCK);
    }

    @Test
    void aPregnancyPast42WeeksByTheCheckInsAsksToAnswerAgainAndKeepsThePrecautions() {
        CheckIn weekThree = new CheckIn(3, 4, 3, false, false, Overall.SAME, List.of());
        Recommendation past = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(40).checkIn(weekThree).build());
        Recommendation before = evaluate(everythingAtHand().conditions(Condition.PREGNANCY).pregnancyWeeks(39).checkIn(weekThree).build());

        assertThat(past.notes()).extracting(n -> n.rule()).contains(PAST_42);
        assertThat(Engine.excludedBy(past, "Pregnancy: nothing face down")).as("the precautions stay").isNotEmpty();
        assertThat(rulesThatFired(before)).doesNotContain(PAST_42);
    }

    @Test
    void noHeadBelowTheHipsCautionOtherwise() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).equipment(Equipment.CHAIR).bendingForward(BendingEffect.BETTER)
                .conditions(Condition.OSTEOPOROSIS, Condition.KNEE).build());

        assertThat(cautionedBy(r, HEAD_BELOW_HIPS)).isEmpty();
    }

    @Test
    void noPregnancyCautionsWithoutPregnancy() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.OSTEOPOROSIS).build());

        assertThat(cautionedBy(r, PREGNANT_BACK)).isEmpty();
        assertThat(cautionedBy(r, PREGNANT_COOLDOWN)).isEmpty();
    }

    @Test
    void pregnancyCautionOnlyForExercisesLyingOnTheBack() {
        Recommendation r = evaluate(answers().canGetOnFloor(false).conditions(Condition.PREGNANCY).build());

        assertThat(r.choices()).extracting(Choice::exerciseId).containsExactly("side-decompression");
        assertThat(cautionedBy(r, PREGNANT_BACK)).isEmpty();
    }

    @Test
    void painIntoTheLegCautionsEveryDecompressionExercise() {
        Recommendation r = evaluate(everythingAtHand().painIntoLeg(true).sitsForLongPeriods(true).build());

        assertThat(cautionedBy(r, LEG)).containsExactlyInAnyOrder("knees-to-chest", "childs-pose");
    }

    @Test
    void noLegCautionWithoutLegPain() {
        assertThat(cautionedBy(evaluate(everythingAtHand().painIntoLeg(false).build()), LEG)).isEmpty();
    }

    @Test
    void recentSurgeryAsksToCheckWithTheSurgeon() {
        Recommendation r = evaluate(everythingAtHand().conditions(Condition.RECENT_SPINE_SURGERY).build());

        assertThat(r.choices()).extracting(Choice::exerciseId).containsExactly("posture-reset");
        assertThat(cautionedBy(r, SURGEON)).containsExactly("posture-reset");
    }

    @Test
    void noSurgeonCautionWithoutSurgery() {
        assertThat(cautionedBy(evaluate(everythingAtHand().build()), SURGEON)).isEmpty();
    }

    @Test
    void aPlanCarriesEveryDisclaimerAndAReferralOnlyTheOneThatIsNoExerciseAdvice() {
        Recommendation plan = evaluate(everythingAtHand().build());
        assertThat(plan.disclaimers()).extracting(d -> d.order()).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.disclaimers()).extracting(d -> d.rule())
                .containsExactly(DISCLAIMERS, EXERCISE_DISCLAIMERS, EXERCISE_DISCLAIMERS, EXERCISE_DISCLAIMERS, EXERCISE_DISCLAIMERS);
        for (Recommendation referral : List.of(
                evaluate(everythingAtHand().redFlags(RedFlag.SADDLE_NUMBNESS).build()),
                evaluate(answers().canGetOnFloor(false).conditions(Condition.RECENT_SPINE_SURGERY).build()))) {
            assertThat(referral.referral()).isPresent();
            assertThat(referral.disclaimers()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(DISCLAIMERS);
                assertThat(Engine.say(d.text())).contains("not medical advice");
            });
            assertThat(rulesThatFired(referral)).doesNotContain(EXERCISE_DISCLAIMERS);
        }
    }
}
