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
import org.decompress.catalog.Catalogs;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Role;
import org.decompress.problem.RuleFaultException;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.CheckIn;
import org.decompress.recommendation.Caution;
import org.decompress.recommendation.Change;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Cooldown;
import org.decompress.recommendation.Disclaimer;
import org.decompress.recommendation.Dosing;
import org.decompress.recommendation.Exclusion;
import org.decompress.recommendation.FollowUpAdvice;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.Preference;
import org.decompress.recommendation.Reason;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Referral;
import org.decompress.recommendation.ReferralReason;

/**
 * Turns what the rules concluded into the plan a person reads. It decides nothing clinical; it
 * refuses, as a rule fault, any result that would break the product's promises (an excluded
 * exercise in a plan, an exercise without its cooldown, an answer without disclaimers). Each list of
 * the result is read once.
 */
public final class PlanAssembler {

    private final Catalogs catalogs;
    private final Languages languages;
    /** How many forms of each exercise the rules may consider: an exercise is excluded when all of them are. */
    private final Map<String, Integer> formsByExercise = new HashMap<>();

    public PlanAssembler(Catalogs catalogs, Languages languages, List<Option> options) {
        this.catalogs = catalogs;
        this.languages = languages;
        options.forEach(option -> formsByExercise.merge(option.exerciseId(), 1, Integer::sum));
    }

    /** The plan in the default language. */
    public Plan assemble(Recommendation result, Assessment assessment) {
        return assemble(result, assessment, languages.defaultLanguage());
    }

    /**
     * The plan for what the rules concluded about this person ({@code assessment} gives the check-in
     * history), in {@code language}: every sentence in its words, every id, code and rule name as they are.
     */
    public Plan assemble(Recommendation result, Assessment assessment, Language language) {
        Words words = new Words(catalogs.in(language), languages.contentWords(language));
        List<String> disclaimers = disclaimers(result, words);
        List<ExcludedExercise> excluded = excluded(result, words);
        CheckInSummary checkIn = checkIn(result, assessment, words);
        List<RuleReason> warnings = ruleReasons(result.warnings(), w -> words.reason(w.rule(), w.text()));
        List<RuleReason> notes = ruleReasons(result.notes(), n -> words.reason(n.rule(), n.text()));
        String source = words.texts().get("plan.source");
        if (result.refers()) {
            return new Plan(PlanStatus.REFER, List.of(), excluded, referral(result, words), checkIn, warnings, notes, disclaimers, source);
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
            exercises.add(item(choice, result, words));
        }
        return new Plan(PlanStatus.PLAN, List.copyOf(exercises), excluded, null, checkIn, warnings, notes, disclaimers, source);
    }

    /** The catalog and the sentences of the language a plan is written in. */
    private record Words(Catalog catalog, ContentWords texts) {

        RuleReason reason(String rule, Wording text) {
            return new RuleReason(rule, texts.format(text));
        }
    }

    private static <T> List<RuleReason> ruleReasons(List<T> facts, java.util.function.Function<T, RuleReason> reason) {
        List<RuleReason> reasons = new ArrayList<>(facts.size());
        for (T fact : facts) {
            reasons.add(reason.apply(fact));
        }
        return List.copyOf(reasons);
    }

    private static CheckInSummary checkIn(Recommendation result, Assessment assessment, Words words) {
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
            advice.add(words.reason(item.rule(), item.text()));
        }
        return new CheckInSummary(checkIns.size(), latest.week(), assessment.painLevel(), latest.painLevel(),
                latest.painLevel() - assessment.painLevel(), List.copyOf(pain), List.copyOf(advice));
    }

    private static List<String> disclaimers(Recommendation result, Words words) {
        Set<String> texts = new LinkedHashSet<>();
        for (Disclaimer disclaimer : result.disclaimers()) {
            texts.add(words.texts().format(disclaimer.text()));
        }
        if (texts.isEmpty()) {
            throw new RuleFaultException("(wrapping)", "no rule added the disclaimers");
        }
        return List.copyOf(texts);
    }

    private PlanExercise item(Choice choice, Recommendation result, Words words) {
        Option option = choice.option();
        Exercise exercise = words.catalog().get(option.exerciseId());
        String variant = option.variant();
        Set<RuleReason> reasons = new LinkedHashSet<>();
        for (Preference preference : result.preferences()) {
            if (preference.option().equals(option)) {
                reasons.add(words.reason(preference.rule(), preference.reason()));
            }
        }
        for (Reason reason : result.reasons()) {
            if (reason.exerciseId().equals(exercise.id())) {
                reasons.add(words.reason(reason.rule(), reason.text()));
            }
        }
        Optional<Dosing> dosing = result.dosingOf(exercise.id());
        int step = result.stepOf(exercise.id());
        return new PlanExercise(
                exercise.id(),
                exercise.name(),
                exercise.role(),
                exercise.summaryOf(variant),
                exercise.stepsOf(variant),
                exercise.doseAt(variant, step),
                variant,
                variant == null ? null : exercise.variant(variant).orElseThrow().name(),
                step,
                exercise.stretchAt(step),
                dosing.map(Dosing::change).orElse(Change.NEW),
                dosing.map(d -> words.reason(d.rule(), d.reason())).orElse(null),
                cautions(exercise, variant, result, words),
                List.copyOf(reasons),
                cooldown(exercise, result, words));
    }

    private static CooldownItem cooldown(Exercise exercise, Recommendation result, Words words) {
        if (exercise.role() != Role.DECOMPRESSION) {
            return null;
        }
        for (Cooldown cooldown : result.cooldowns()) {
            if (cooldown.afterExerciseId().equals(exercise.id())) {
                Exercise after = words.catalog().get(cooldown.cooldownId());
                String variant = cooldown.variant();
                Set<RuleReason> reasons = new LinkedHashSet<>();
                for (Reason reason : result.reasons()) {
                    if (reason.exerciseId().equals(after.id())) {
                        reasons.add(words.reason(reason.rule(), reason.text()));
                    }
                }
                return new CooldownItem(after.id(), after.name(), variant,
                        variant == null ? null : after.variant(variant).orElseThrow().name(),
                        after.stepsOf(variant), after.doseOf(variant), cautions(after, variant, result, words), List.copyOf(reasons), cooldown.rule());
            }
        }
        throw new RuleFaultException("(wrapping)", "no cooldown after " + exercise.id());
    }

    private static List<String> cautions(Exercise exercise, String variant, Recommendation result, Words words) {
        Set<String> cautions = new LinkedHashSet<>(exercise.cautionsOf(variant));
        for (Caution caution : result.cautions()) {
            if (caution.exerciseId().equals(exercise.id())) {
                cautions.add(words.texts().format(caution.text()));
            }
        }
        return List.copyOf(cautions);
    }

    /** Exercises ruled out in every form they are offered in, in the source's order, each reason once. */
    private List<ExcludedExercise> excluded(Recommendation result, Words words) {
        if (result.exclusions().isEmpty()) {
            return List.of();
        }
        // Exclusions come sorted by the source's order: one pass groups them by exercise. Their sentences
        // are written only for the exercises ruled out in every form, the only ones a plan reports.
        Map<String, Set<Option>> formsRuledOut = new HashMap<>();
        Map<String, List<Exclusion>> byExercise = new LinkedHashMap<>();
        for (Exclusion exclusion : result.exclusions()) {
            String id = exclusion.option().exerciseId();
            formsRuledOut.computeIfAbsent(id, k -> new HashSet<>()).add(exclusion.option());
            byExercise.computeIfAbsent(id, k -> new ArrayList<>()).add(exclusion);
        }
        List<ExcludedExercise> excluded = new ArrayList<>();
        for (Map.Entry<String, List<Exclusion>> exercise : byExercise.entrySet()) {
            String id = exercise.getKey();
            if (formsRuledOut.get(id).size() == formsByExercise.getOrDefault(id, 0)) {
                Set<RuleReason> reasons = new LinkedHashSet<>();
                for (Exclusion exclusion : exercise.getValue()) {
                    reasons.add(words.reason(exclusion.rule(), exclusion.reason()));
                }
                excluded.add(new ExcludedExercise(id, words.catalog().get(id).name(), List.copyOf(reasons)));
            }
        }
        return List.copyOf(excluded);
    }

    private static ReferralAdvice referral(Recommendation result, Words words) {
        Referral referral = result.referral().orElseThrow();
        Set<RuleReason> reasons = new LinkedHashSet<>();
        for (ReferralReason reason : result.referralReasons()) {
            reasons.add(words.reason(reason.rule(), reason.text()));
        }
        return new ReferralAdvice(referral.urgency(), words.texts().format(referral.advice()), referral.rule(), List.copyOf(reasons));
    }
}
