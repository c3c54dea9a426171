package org.decompress.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    static final Comparator<ReferralReason> REFERRAL_REASONS = Comparator
            .comparing(ReferralReason::urgency).reversed()
            .thenComparing(ReferralReason::rule).thenComparing(ReferralReason::text);
    static final Comparator<Exclusion> EXCLUSIONS = Comparator
            .comparingInt((Exclusion e) -> e.option().catalogOrder())
            .thenComparing(Exclusion::rule).thenComparing(Exclusion::reason);
    static final Comparator<Preference> PREFERENCES = Comparator
            .comparingInt((Preference p) -> p.option().catalogOrder())
            .thenComparing(Comparator.comparingInt(Preference::points).reversed())
            .thenComparing(Preference::rule).thenComparing(Preference::reason);
    static final Comparator<Candidate> CANDIDATES = Comparator
            .comparingInt((Candidate c) -> c.option().catalogOrder()).thenComparingInt(Candidate::score);
    static final Comparator<Choice> CHOICES = Comparator
            .comparingInt(Choice::rank).thenComparingInt(c -> c.option().catalogOrder());
    static final Comparator<Reason> REASONS = Comparator
            .comparing(Reason::exerciseId).thenComparing(Reason::rule).thenComparing(Reason::text);
    static final Comparator<Caution> CAUTIONS = Comparator
            .comparing(Caution::exerciseId).thenComparing(Caution::rule).thenComparing(Caution::text);
    static final Comparator<Cooldown> COOLDOWNS = Comparator
            .comparing(Cooldown::afterExerciseId).thenComparingInt(c -> c.form().catalogOrder());
    static final Comparator<Dosing> DOSINGS = Comparator
            .comparing(Dosing::exerciseId).thenComparing(Dosing::change).thenComparing(Dosing::rule).thenComparing(Dosing::reason);
    static final Comparator<FollowUpAdvice> ADVICE = Comparator
            .comparing(FollowUpAdvice::rule).thenComparing(FollowUpAdvice::text);
    static final Comparator<Warning> WARNINGS = Comparator.comparing(Warning::rule).thenComparing(Warning::text);
    static final Comparator<Note> NOTES = Comparator.comparing(Note::rule).thenComparing(Note::text);
    static final Comparator<Disclaimer> DISCLAIMERS = Comparator
            .comparingInt(Disclaimer::order).thenComparing(Disclaimer::text);

    public boolean refers() {
        return referral.isPresent();
    }

    public List<Exclusion> exclusionsOf(String exerciseId) {
        return exclusions.stream().filter(e -> e.option().exerciseId().equals(exerciseId)).toList();
    }

    public List<Preference> preferencesOf(Option option) {
        return preferences.stream().filter(p -> p.option().equals(option)).toList();
    }

    public List<Reason> reasonsOf(String exerciseId) {
        return reasons.stream().filter(r -> r.exerciseId().equals(exerciseId)).toList();
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

    public Optional<Cooldown> cooldownAfter(String exerciseId) {
        return cooldowns.stream().filter(c -> c.afterExerciseId().equals(exerciseId)).findFirst();
    }
}
