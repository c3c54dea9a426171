package org.decompress.rulebook;

import org.decompress.engine.RuleText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.decompress.engine.RuleFile;
import org.decompress.language.ContentWords;
import org.decompress.language.Languages;
import org.junit.jupiter.api.Test;

/** Reading a rule's name, stage, source and conclusions from its .drl text, as the rule book shows them. */
class RuleTextTest {

    static final ContentWords ENGLISH = Languages.fromClasspath(RuleTextTest.class.getClassLoader()).defaultContentWords();

    static final RuleFile FILE = new RuleFile("exclusion.drl", """
            package rules;

            // Stage 3: the file's own comment, not a rule's source.

            // Source: NICE NG59 (2016);
            // the reference text.
            rule "Knee problem: no kneeling"
                ruleflow-group "exclusion"
            when
                Assessment( reports(Condition.KNEE) )
            then
                insert(RuleOut.anyOf(Trait.KNEELING, drools.getRule().getName()));
            end

            rule "A \\"quoted\\" name without a source"
                ruleflow-group "preference"
                salience 10
            when
                Assessment( painLevel >= 7 )
            then
                insert(Favour.anyOf(Trait.GENTLE, 3, drools.getRule().getName()));
                insert(new ReferralReason(Urgency.SOON, drools.getRule().getName()));
                insert(RuleOut.allOf(EnumSet.of(Trait.LYING_ON_BACK, Trait.LASTS_MINUTES), drools.getRule().getName()));
            end
            """);

    @Test
    void eachRuleWithItsStageSourceAndWhatItConcludes() {
        List<RuleText> rules = RuleText.of(List.of(FILE));

        assertThat(rules).hasSize(2);
        RuleText knee = rules.get(0);
        assertThat(knee.name()).isEqualTo("Knee problem: no kneeling");
        assertThat(knee.line()).isEqualTo(7);
        assertThat(knee.stage()).isEqualTo("exclusion");
        assertThat(knee.source()).isEqualTo("Source: NICE NG59 (2016); the reference text.");
        assertThat(knee.concludes(ENGLISH)).containsExactly("rules out every exercise form that is done kneeling");

        RuleText quoted = rules.get(1);
        assertThat(quoted.name()).isEqualTo("A \"quoted\" name without a source");
        assertThat(quoted.source()).isEmpty();
        assertThat(quoted.concludes(ENGLISH)).containsExactly("favours every exercise form that is a gentle stretch (+3 points)",
                "refers the person instead of exercising: see a doctor in the next few days",
                "rules out every exercise form that is done lying on the back and is kept up for minutes at a time");
    }
}
