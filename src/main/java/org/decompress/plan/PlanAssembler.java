package org.decompress.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Role;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.CheckIn;
import org.decompress.recommendation.Caution;
import org.decompress.recommendation.Change;
import org.decompress.recommendation.Dosing;
import org.decompress.recommendation.FollowUpAdvice;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Cooldown;
import org.decompress.recommendation.Disclaimer;
import org.decompress.recommendation.Exclusion;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.Preference;
import org.decompress.recommendation.Reason;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Referral;
import org.decompress.recommendation.ReferralReason;
import org.decompress.recommendation.RuleFaultException;

/**
 * Turns what the rules concluded into the plan a person reads. It decides nothing clinical; it
 * refuses, as a rule fault, any result that would break the product's promises (an excluded
 * exercise in a plan, an exercise without its cooldown, an answer without disclaimers). Each list of
 * the result is read once.
 */
public final class PlanAssembler {

    public static final String SOURCE = "Exercises adapted, in our own words, from the physiotherapy blog post "
            + "\"Spinal Decompression At Home\". Not medical advice.";

    private final Catalog catalog;
    /** How many forms of each exercise the rules may consider: an exercise is excluded when all of them are. */
    private final Map<String, Integer> formsByExercise = new HashMap<>();

    public PlanAssembler(Catalog catalog, List<Option> options) {
        this.catalog = catalog;
        options.forEach(option -> formsByExercise.merge(option.exerciseId(), 1, Integer::sum));
    }

    /** The plan for what the rules concluded about this person ({@code assessment} gives the check-in history). */
    public Plan assemble(Recommendation result, Assessment assessment) {
        List<String> disclaimers = disclaimers(result);
        List<ExcludedExercise> excluded = excluded(result);
        CheckInSummary checkIn = checkIn(result, assessment);
        List<RuleReason> warnings = ruleReasons(result.warnings(), w -> new RuleReason(w.rule(), w.text()));
        List<RuleReason> notes = ruleReasons(result.notes(), n -> new RuleReason(n.rule(), n.text()));
        if (result.refers()) {
            return new Plan(PlanStatus.REFER, List.of(), excluded, referral(result), checkIn, warnings, notes, disclaimers, SOURCE);
        }
        if (result.choices().isEmpty()) {
            throw new RuleFaultException("(choice)", "the rules chose no exercise and made no referral");
        }
        Set<Option> ruledOut = new HashSet<>();
        for (Exclusion exclusion : result.exclusions()) {
            ruledOut.add(exclusion.option());
        }
        List<PlanExercise> exercises = new ArrayList<>(result.choices().size());
        for (Choice choice : result.choices()) {
            if (ruledOut.contains(choice.option())) {
                throw new RuleFaultException("(choice)", "chose " + choice.option().label() + ", which a rule ruled out");
            }
            exercises.add(item(choice, result));
        }
        return new Plan(PlanStatus.PLAN, List.copyOf(exercises), excluded, null, checkIn, warnings, notes, disclaimers, SOURCE);
    }

    private static <T> List<RuleReason> ruleReasons(List<T> facts, java.util.function.Function<T, RuleReason> reason) {
        List<RuleReason> reasons = new ArrayList<>(facts.size());
        for (T fact : facts) {
            reasons.add(reason.apply(fact));
        }
        return List.copyOf(reasons);
    }

    private static CheckInSummary checkIn(Recommendation result, Assessment assessment) {
        List<CheckIn> checkIns = assessment.checkIns();
        if (checkIns.isEmpty()) {
            return null;
        }
        List<PainPoint> pain = new ArrayList<>(checkIns.size() + 1);
        pain.add(new PainPoint(0, assessment.painLevel()));
        for (CheckIn checkIn : checkIns) {
            pain.add(new PainPoint(checkIn.week(), checkIn.painLevel()));
        }
        CheckIn latest = checkIns.get(checkIns.size() - 1);
        List<RuleReason> advice = new ArrayList<>(result.advice().size());
        for (FollowUpAdvice item : result.advice()) {
            advice.add(new RuleReason(item.rule(), item.text()));
        }
        return new CheckInSummary(checkIns.size(), latest.week(), assessment.painLevel(), latest.painLevel(),
                latest.painLevel() - assessment.painLevel(), List.copyOf(pain), List.copyOf(advice));
    }

    private static List<String> disclaimers(Recommendation result) {
        Set<String> texts = new LinkedHashSet<>();
        for (Disclaimer disclaimer : result.disclaimers()) {
            texts.add(disclaimer.text());
        }
        if (texts.isEmpty()) {
            throw new RuleFaultException("(wrapping)", "no rule added the disclaimers");
        }
        return List.copyOf(texts);
    }

    private PlanExercise item(Choice choice, Recommendation result) {
        Option option = choice.option();
        Exercise exercise = catalog.get(option.exerciseId());
        String variant = option.variant();
        Set<RuleReason> reasons = new LinkedHashSet<>();
        for (Preference preference : result.preferences()) {
            if (preference.option().equals(option)) {
                reasons.add(new RuleReason(preference.rule(), preference.reason()));
            }
        }
        for (Reason reason : result.reasons()) {
            if (reason.exerciseId().equals(exercise.id())) {
                reasons.add(new RuleReason(reason.rule(), reason.text()));
            }
        }
        // Without a check-in about it, an exercise starts at step 1: a first plan, as the source begins.
        Optional<Dosing> dosing = result.dosingOf(exercise.id());
        int step = dosing.map(Dosing::step).orElse(1);
        return new PlanExercise(
                exercise.id(),
                exercise.name(),
                exercise.role(),
                exercise.summary(),
                exercise.stepsOf(variant),
                exercise.doseAt(variant, step),
                variant,
                variant == null ? null : exercise.variant(variant).orElseThrow().name(),
                step,
                exercise.stretchAt(step),
                dosing.map(Dosing::change).orElse(Change.NEW),
                dosing.map(d -> new RuleReason(d.rule(), d.reason())).orElse(null),
                cautions(exercise, result),
                List.copyOf(reasons),
                cooldown(exercise, result));
    }

    private CooldownItem cooldown(Exercise exercise, Recommendation result) {
        if (exercise.role() != Role.DECOMPRESSION) {
            return null;
        }
        for (Cooldown cooldown : result.cooldowns()) {
            if (cooldown.afterExerciseId().equals(exercise.id())) {
                Exercise after = catalog.get(cooldown.cooldownId());
                String variant = cooldown.variant();
                Set<RuleReason> reasons = new LinkedHashSet<>();
                for (Reason reason : result.reasons()) {
                    if (reason.exerciseId().equals(after.id())) {
                        reasons.add(new RuleReason(reason.rule(), reason.text()));
                    }
                }
                return new CooldownItem(after.id(), after.name(), variant,
                        variant == null ? null : after.variant(variant).orElseThrow().name(),
                        after.stepsOf(variant), after.doseOf(variant), cautions(after, result), List.copyOf(reasons), cooldown.rule());
            }
        }
        throw new RuleFaultException("(wrapping)", "no cooldown after " + exercise.id());
    }

    private static List<String> cautions(Exercise exercise, Recommendation result) {
        Set<String> cautions = new LinkedHashSet<>(exercise.cautions());
        for (Caution caution : result.cautions()) {
            if (caution.exerciseId().equals(exercise.id())) {
                cautions.add(caution.text());
            }
        }
        return List.copyOf(cautions);
    }

    /** Exercises ruled out in every form they are offered in, in the source's order, each reason once. */
    private List<ExcludedExercise> excluded(Recommendation result) {
        if (result.exclusions().isEmpty()) {
            return List.of();
        }
        // Exclusions come sorted by the source's order: one pass groups them by exercise.
        Map<String, Set<Option>> formsRuledOut = new HashMap<>();
        Map<String, Set<RuleReason>> reasons = new LinkedHashMap<>();
        for (Exclusion exclusion : result.exclusions()) {
            String id = exclusion.option().exerciseId();
            formsRuledOut.computeIfAbsent(id, k -> new HashSet<>()).add(exclusion.option());
            reasons.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(new RuleReason(exclusion.rule(), exclusion.reason()));
        }
        List<ExcludedExercise> excluded = new ArrayList<>();
        for (Map.Entry<String, Set<RuleReason>> exercise : reasons.entrySet()) {
            String id = exercise.getKey();
            if (formsRuledOut.get(id).size() == formsByExercise.getOrDefault(id, 0)) {
                excluded.add(new ExcludedExercise(id, catalog.get(id).name(), List.copyOf(exercise.getValue())));
            }
        }
        return List.copyOf(excluded);
    }

    private static ReferralAdvice referral(Recommendation result) {
        Referral referral = result.referral().orElseThrow();
        Set<RuleReason> reasons = new LinkedHashSet<>();
        for (ReferralReason reason : result.referralReasons()) {
            reasons.add(new RuleReason(reason.rule(), reason.text()));
        }
        return new ReferralAdvice(referral.urgency(), referral.advice(), referral.rule(), List.copyOf(reasons));
    }
}
