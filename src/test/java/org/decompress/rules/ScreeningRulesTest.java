package org.decompress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decompress.rules.AnswersBuilder.everythingAtHand;
import static org.decompress.rules.Engine.evaluate;
import static org.decompress.rules.Engine.rulesThatFired;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.decompress.questionnaire.Condition;
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
                Arguments.of(RedFlag.SEVERE_NIGHT_PAIN, "Red flag: severe pain at night that rest does not ease", Urgency.SOON));
    }

    @ParameterizedTest(name = "fires: {1}")
    @MethodSource("redFlagRules")
    void redFlagRefersWithItsUrgencyAndNoExercise(RedFlag flag, String rule, Urgency urgency) {
        Recommendation r = evaluate(everythingAtHand().redFlags(flag).build());

        assertThat(r.referralReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(rule);
            assertThat(reason.urgency()).isEqualTo(urgency);
            assertThat(reason.text()).isNotBlank();
        });
        assertThat(r.referral()).hasValueSatisfying(ref -> assertThat(ref.urgency()).isEqualTo(urgency));
        assertThat(r.choices()).isEmpty();
        assertThat(r.exclusions()).as("'Referral: no exercise is considered' withdrew every option").isEmpty();
        assertThat(r.cooldowns()).isEmpty();
        assertThat(r.disclaimers()).hasSize(5);
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
        Recommendation r = evaluate(everythingAtHand().conditions(others.toArray(Condition[]::new)).build());

        assertThat(rulesThatFired(r)).doesNotContain("Chest pain: see a doctor before exercising");
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
                .containsExactly(Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON);
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
