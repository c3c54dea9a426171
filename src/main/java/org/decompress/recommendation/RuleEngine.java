package org.decompress.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.questionnaire.Assessment;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules for one person in a short-lived session: inserts the assessment and every
 * exercise option, fires the stages in order, and reads back what the rules concluded. It makes
 * no clinical decision itself. Immutable and thread-safe: one per rule base and catalog.
 */
public final class RuleEngine {

    /** The stages in the order they run; each is a {@code ruleflow-group} of the rules in {@code rules/}. */
    public static final List<String> STAGES = List.of(
            "screening", "exclusion", "preference", "candidacy", "choice", "wrapping");

    /**
     * A guard against a rule that keeps re-firing (for example one that inserts what re-triggers it):
     * far above what a real evaluation needs (about 100 firings with the shipped catalog).
     */
    static final int MAX_FIRINGS = 100_000;

    private final CompiledRules rules;
    private final List<Option> options;

    public RuleEngine(CompiledRules rules, Catalog catalog) {
        this.rules = rules;
        this.options = optionsOf(catalog);
    }

    /** Every form of every exercise the rules may consider: the plain form where offered, and each variant. */
    static List<Option> optionsOf(Catalog catalog) {
        List<Option> options = new ArrayList<>();
        List<Exercise> exercises = catalog.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            if (exercise.offeredWithoutVariant()) {
                options.add(Option.plain(exercise, i));
            }
            for (int v = 0; v < exercise.variants().size(); v++) {
                options.add(Option.of(exercise, exercise.variants().get(v), i, v));
            }
        }
        return List.copyOf(options);
    }

    public List<Option> options() {
        return options;
    }

    public Recommendation evaluate(Assessment assessment) {
        KieSession session = rules.newSession();
        try {
            session.insert(assessment);
            options.forEach(session::insert);
            Agenda agenda = session.getAgenda();
            for (int i = STAGES.size() - 1; i >= 0; i--) {
                agenda.getAgendaGroup(STAGES.get(i)).setFocus();
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleFaultException("(unknown)", "the rules fired " + fired + " times without settling; a rule probably re-triggers itself");
            }
            return collect(session);
        } catch (ConsequenceException e) {
            throw new RuleFaultException(e.getRule().getName(), rootCause(e));
        } catch (RuleFaultException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleFaultException("(a rule condition)", rootCause(e));
        } finally {
            session.dispose(); // resets the pooled session: no fact of this person survives
        }
    }

    private static Recommendation collect(KieSession session) {
        // One pass over the session's facts, sorted into their kinds (instead of one scan per kind).
        Map<Class<?>, List<Object>> byKind = session.getObjects().stream().collect(Collectors.groupingBy(Object::getClass));
        return new Recommendation(
                facts(byKind, ReferralReason.class, Recommendation.REFERRAL_REASONS),
                facts(byKind, Referral.class, Comparator.comparing(Referral::urgency).reversed()).stream().findFirst(),
                facts(byKind, Exclusion.class, Recommendation.EXCLUSIONS),
                facts(byKind, Preference.class, Recommendation.PREFERENCES),
                facts(byKind, Candidate.class, Recommendation.CANDIDATES),
                facts(byKind, PlanSize.class, Comparator.comparingInt(PlanSize::decompressionExercises)).stream().findFirst(),
                facts(byKind, Choice.class, Recommendation.CHOICES),
                facts(byKind, Reason.class, Recommendation.REASONS),
                facts(byKind, Caution.class, Recommendation.CAUTIONS),
                facts(byKind, Cooldown.class, Recommendation.COOLDOWNS),
                facts(byKind, Disclaimer.class, Recommendation.DISCLAIMERS));
    }

    private static <T> List<T> facts(Map<Class<?>, List<Object>> byKind, Class<T> type, Comparator<? super T> order) {
        return byKind.getOrDefault(type, List.of()).stream().map(type::cast).distinct().sorted(order).toList();
    }

    /** The exception's class and message only: never the facts, which hold a person's answers. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
