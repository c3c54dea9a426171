package org.decompress.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Role;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Cooldown;
import org.decompress.recommendation.Disclaimer;
import org.decompress.recommendation.Exclusion;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Referral;
import org.decompress.recommendation.RuleFaultException;

/**
 * Turns what the rules concluded into the plan a person reads. It decides nothing clinical; it
 * refuses, as a rule fault, any result that would break the product's promises (an excluded
 * exercise in a plan, an exercise without its cooldown, an answer without disclaimers).
 */
public final class PlanAssembler {

    public static final String SOURCE = "Exercises adapted, in our own words, from the physiotherapy blog post "
            + "\"Spinal Decompression At Home\". Not medical advice.";

    private final Catalog catalog;
    private final Map<String, List<Option>> optionsByExercise;

    public PlanAssembler(Catalog catalog, List<Option> options) {
        this.catalog = catalog;
        this.optionsByExercise = options.stream().collect(Collectors.groupingBy(Option::exerciseId));
    }

    public Plan assemble(Recommendation result) {
        List<String> disclaimers = result.disclaimers().stream().map(Disclaimer::text).distinct().toList();
        if (disclaimers.isEmpty()) {
            throw new RuleFaultException("(wrapping)", "no rule added the disclaimers");
        }
        List<ExcludedExercise> excluded = excluded(result);
        if (result.refers()) {
            return new Plan(PlanStatus.REFER, List.of(), excluded, referral(result), disclaimers, SOURCE);
        }
        List<PlanExercise> exercises = result.choices().stream().map(choice -> item(choice, result)).toList();
        if (exercises.isEmpty()) {
            throw new RuleFaultException("(choice)", "the rules chose no exercise and made no referral");
        }
        return new Plan(PlanStatus.PLAN, exercises, excluded, null, disclaimers, SOURCE);
    }

    private PlanExercise item(Choice choice, Recommendation result) {
        Option option = choice.option();
        if (result.exclusions().stream().anyMatch(e -> e.option().equals(option))) {
            throw new RuleFaultException("(choice)", "chose " + option.label() + ", which a rule ruled out");
        }
        Exercise exercise = catalog.get(option.exerciseId());
        String variant = option.variant();
        List<RuleReason> reasons = Stream.concat(
                        result.preferencesOf(option).stream().map(p -> new RuleReason(p.rule(), p.reason())),
                        result.reasonsOf(exercise.id()).stream().map(r -> new RuleReason(r.rule(), r.text())))
                .distinct().toList();
        return new PlanExercise(
                exercise.id(),
                exercise.name(),
                exercise.role(),
                exercise.summary(),
                exercise.stepsOf(variant),
                exercise.doseOf(variant),
                variant,
                variant == null ? null : exercise.variant(variant).orElseThrow().name(),
                cautions(exercise, result),
                reasons,
                cooldown(exercise, result));
    }

    private CooldownItem cooldown(Exercise exercise, Recommendation result) {
        if (exercise.role() != Role.DECOMPRESSION) {
            return null;
        }
        Cooldown cooldown = result.cooldownAfter(exercise.id()).orElseThrow(() ->
                new RuleFaultException("(wrapping)", "no cooldown after " + exercise.id()));
        Exercise after = catalog.get(cooldown.cooldownId());
        return new CooldownItem(after.id(), after.name(), after.steps(), after.dose(), cautions(after, result), cooldown.rule());
    }

    private static List<String> cautions(Exercise exercise, Recommendation result) {
        Set<String> cautions = new LinkedHashSet<>(exercise.cautions());
        result.cautionsOf(exercise.id()).forEach(c -> cautions.add(c.text()));
        return List.copyOf(cautions);
    }

    /** Exercises ruled out in every form they are offered in, in the source's order. */
    private List<ExcludedExercise> excluded(Recommendation result) {
        List<ExcludedExercise> excluded = new ArrayList<>();
        for (Exercise exercise : catalog.exercises()) {
            List<Exclusion> exclusions = result.exclusionsOf(exercise.id());
            List<Option> offered = optionsByExercise.getOrDefault(exercise.id(), List.of());
            boolean everyFormRuledOut = !exclusions.isEmpty() && offered.stream()
                    .allMatch(o -> exclusions.stream().anyMatch(e -> e.option().equals(o)));
            if (everyFormRuledOut) {
                List<RuleReason> reasons = exclusions.stream()
                        .map(e -> new RuleReason(e.rule(), e.reason())).distinct().toList();
                excluded.add(new ExcludedExercise(exercise.id(), exercise.name(), reasons));
            }
        }
        return excluded;
    }

    private static ReferralAdvice referral(Recommendation result) {
        Referral referral = result.referral().orElseThrow();
        List<RuleReason> reasons = result.referralReasons().stream()
                .map(r -> new RuleReason(r.rule(), r.text())).distinct().toList();
        return new ReferralAdvice(referral.urgency(), referral.advice(), referral.rule(), reasons);
    }
}
