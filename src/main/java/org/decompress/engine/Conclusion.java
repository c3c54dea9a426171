package org.decompress.engine;

import java.util.List;
import java.util.Optional;
import org.decompress.language.Wording;
import org.decompress.recommendation.Favour;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.RuleOut;

/**
 * One thing a rule concludes: what it says, in plain words of any language, and, when the conclusion is a fact that
 * names its traits in the rule's text ({@code RuleOut.anyOf}, {@code RuleOut.allOf}, {@code Favour.anyOf}),
 * that fact, so a reader can be told which forms of the catalog it reaches. {@code bookkeeping} is true
 * for what only carries another rule's decision along (why a form is in the plan, the referral summed
 * up, the exercises withdrawn, the plan's candidates, size and choices): it decides nothing about the
 * person of its own.
 */
public record Conclusion(Wording says, Optional<RuleOut> rulesOut, Optional<Favour> favours, boolean bookkeeping) {

    static Conclusion saying(Wording says) {
        return new Conclusion(says, Optional.empty(), Optional.empty(), false);
    }

    static Conclusion keeping(Wording says) {
        return new Conclusion(says, Optional.empty(), Optional.empty(), true);
    }

    static Conclusion rulingOut(Wording says, RuleOut fact) {
        return new Conclusion(says, Optional.of(fact), Optional.empty(), false);
    }

    static Conclusion favouring(Wording says, Favour fact) {
        return new Conclusion(says, Optional.empty(), Optional.of(fact), false);
    }

    /** True when the rule's text names the traits, so the forms it reaches are known before any person is asked about. */
    public boolean namesForms() {
        return rulesOut.isPresent() || favours.isPresent();
    }

    /** The forms among these that the conclusion rules out or favours, decided by the fact's own test. */
    public List<Option> reaches(List<Option> forms) {
        return forms.stream().filter(o -> rulesOut.map(f -> f.appliesTo(o)).orElse(false) || favours.map(f -> f.appliesTo(o)).orElse(false))
                .toList();
    }
}
