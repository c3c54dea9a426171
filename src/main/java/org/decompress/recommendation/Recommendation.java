package org.decompress.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.decompress.language.Wording;

/**
 * Everything the rules concluded for one person, sorted so that the same answers always give the
 * same lists whatever order the engine produced them in.
 */
public record Recommendation(
        List<ReferralReason> referralReasons,
        Optional<Referral> referral,
        List<Exclusion> exclusions,
        List<Preference> preferences,
        List<Candidate> candidates,
        Optional<PlanSize> planSize,
        List<Choice> choices,
        List<Reason> reasons,
        List<Caution> cautions,
        List<Cooldown> cooldowns,
        List<Disclaimer> disclaimers,
        List<Dosing> dosings,
        List<FollowUpAdvice> advice,
        List<Warning> warnings,
        List<Note> notes) {

    /**
     * How each list is sorted, so that the same answers always give the same lists whatever order
     * the engine produced them in; {@code words} breaks ties between two sentences of one rule (the
     * default language's sentence order, the same in every language).
     */
    public record Orders(
            Comparator<ReferralReason> referralReasons, Comparator<Exclusion> exclusions, Comparator<Preference> preferences,
            Comparator<Candidate> candidates, Comparator<Choice> choices, Comparator<Reason> reasons, Comparator<Caution> cautions,
            Comparator<Cooldown> cooldowns, Comparator<Dosing> dosings, Comparator<FollowUpAdvice> advice,
            Comparator<Warning> warnings, Comparator<Note> notes, Comparator<Disclaimer> disclaimers) {

        public static Orders by(Comparator<Wording> words) {
            return new Orders(
                    Comparator.comparing(ReferralReason::urgency).reversed()
                            .thenComparing(ReferralReason::rule).thenComparing(ReferralReason::text, words),
                    Comparator.comparingInt((Exclusion e) -> e.option().catalogOrder())
                            .thenComparing(Exclusion::rule).thenComparing(Exclusion::reason, words),
                    Comparator.comparingInt((Preference p) -> p.option().catalogOrder())
                            .thenComparing(Comparator.comparingInt(Preference::points).reversed())
                            .thenComparing(Preference::rule).thenComparing(Preference::reason, words),
                    Comparator.comparingInt((Candidate c) -> c.option().catalogOrder()).thenComparingInt(Candidate::score),
                    Comparator.comparingInt(Choice::rank).thenComparingInt(c -> c.option().catalogOrder()),
                    Comparator.comparing(Reason::exerciseId).thenComparing(Reason::rule).thenComparing(Reason::text, words),
                    Comparator.comparing(Caution::exerciseId).thenComparing(Caution::rule).thenComparing(Caution::text, words),
                    Comparator.comparing(Cooldown::afterExerciseId).thenComparingInt(c -> c.form().catalogOrder()),
                    Comparator.comparing(Dosing::exerciseId).thenComparing(Dosing::change).thenComparing(Dosing::rule)
                            .thenComparing(Dosing::reason, words),
                    Comparator.comparing(FollowUpAdvice::rule).thenComparing(FollowUpAdvice::text, words),
                    Comparator.comparing(Warning::rule).thenComparing(Warning::text, words),
                    Comparator.comparing(Note::rule).thenComparing(Note::text, words),
                    Comparator.comparingInt(Disclaimer::order).thenComparing(Disclaimer::text, words));
        }
    }

    public boolean refers() {
        return referral.isPresent();
    }

    public List<Caution> cautionsOf(String exerciseId) {
        return cautions.stream().filter(c -> c.exerciseId().equals(exerciseId)).toList();
    }

    /** What the dosing rules said about this exercise: the first in a fixed order when several rules hold it back alike. */
    public Optional<Dosing> dosingOf(String exerciseId) {
        for (Dosing dosing : dosings) {
            if (dosing.exerciseId().equals(exerciseId)) {
                return Optional.of(dosing);
            }
        }
        return Optional.empty();
    }

    /** The step this exercise is given: the dosing rules', else the first (a first plan begins with a small stretch, as the source does). */
    public int stepOf(String exerciseId) {
        return dosingOf(exerciseId).map(Dosing::step).orElse(1);
    }

    /** The exercises of the plan, each at its step; none when the plan is a referral. */
    public List<PreviousExercise> asPreviousPlan() {
        return refers() ? List.of() : choices.stream().map(c -> new PreviousExercise(c.exerciseId(), stepOf(c.exerciseId()))).toList();
    }
}
