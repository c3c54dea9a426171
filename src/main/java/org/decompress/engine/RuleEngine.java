package org.decompress.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.catalog.Progression;
import org.decompress.catalog.Role;
import org.decompress.language.Wording;
import org.decompress.problem.RuleFaultException;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Rating;
import org.decompress.recommendation.Candidate;
import org.decompress.recommendation.Caution;
import org.decompress.recommendation.Choice;
import org.decompress.recommendation.Cooldown;
import org.decompress.recommendation.Disclaimer;
import org.decompress.recommendation.Dosing;
import org.decompress.recommendation.EquipmentAtHand;
import org.decompress.recommendation.Exclusion;
import org.decompress.recommendation.ExerciseForms;
import org.decompress.recommendation.ExerciseReport;
import org.decompress.recommendation.Favour;
import org.decompress.recommendation.FollowUp;
import org.decompress.recommendation.FollowUpAdvice;
import org.decompress.recommendation.Note;
import org.decompress.recommendation.Option;
import org.decompress.recommendation.PlanBefore;
import org.decompress.recommendation.PlanSize;
import org.decompress.recommendation.Preference;
import org.decompress.recommendation.PreviousExercise;
import org.decompress.recommendation.Reason;
import org.decompress.recommendation.Recommendation;
import org.decompress.recommendation.Referral;
import org.decompress.recommendation.ReferralReason;
import org.decompress.recommendation.RuleOut;
import org.decompress.recommendation.Warning;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules for one person in a short-lived session: inserts the assessment and the catalog's
 * exercise forms, fires the stages in order, and reads back what the rules concluded. It makes no
 * clinical decision itself. Immutable and thread-safe: one per rule base and catalog.
 */
public final class RuleEngine {

    /** The stages in the order they run; each is a {@code ruleflow-group} of the rules in {@code rules/}. */
    public static final List<String> STAGES = List.of(
            "reading", "screening", "follow-up", "exclusion", "preference", "candidacy", "choice", "dosing", "wrapping");

    /**
     * A guard against a rule that keeps re-firing (for example one that inserts what re-triggers it):
     * far above what a real evaluation needs (about 100 firings with the shipped catalog).
     */
    static final int MAX_FIRINGS = 100_000;

    private final CompiledRules rules;
    private final Catalog catalog;
    private final List<Option> options;
    private final ExerciseForms forms;
    private final Recommendation.Orders orders;

    /**
     * {@code words} orders two sentences of one rule (for example two reasons why a plain form was
     * ruled out): the default language's order, so that every language lists them alike.
     */
    public RuleEngine(CompiledRules rules, Catalog catalog, Comparator<Wording> words) {
        this.rules = rules;
        this.catalog = catalog;
        this.options = optionsOf(catalog);
        this.forms = ExerciseForms.of(options);
        this.orders = Recommendation.Orders.by(words);
    }

    /** Every form of every exercise the rules may consider: the plain form where offered, and each variant. */
    public static List<Option> optionsOf(Catalog catalog) {
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
        return run(assessment, null);
    }

    /** What the rules concluded, and the name of every rule that fired for this person (not for the plan before the latest check-in). */
    public Traced evaluateTraced(Assessment assessment) {
        Set<String> fired = new TreeSet<>();
        Recommendation recommendation = run(assessment, new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        return new Traced(recommendation, Collections.unmodifiableSet(fired));
    }

    /** A recommendation with the rules that fired to reach it. */
    public record Traced(Recommendation recommendation, Set<String> firedRules) {
    }

    private Recommendation run(Assessment assessment, AgendaEventListener listener) {
        KieSession session = rules.newSession();
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            session.insert(assessment);
            session.insert(forms);
            session.insert(new EquipmentAtHand(catalog.atHand(assessment.equipment())));
            if (!assessment.checkIns().isEmpty()) {
                session.insert(followUp(assessment));
                reports(assessment.checkIns()).forEach(session::insert);
                // Worked out only if a rule reads it, in a session of its own while this one waits.
                session.insert(new PlanBefore(() -> previousPlan(assessment)));
            }
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
            RuleFaultException inPlanBefore = faultWithin(e);
            if (inPlanBefore != null) {
                throw inPlanBefore; // the plan before failed while a condition read it: its rule, not "a condition"
            }
            throw new RuleFaultException("(a rule condition)", rootCause(e));
        } finally {
            if (listener != null) {
                session.removeEventListener(listener);
            }
            session.dispose(); // resets the pooled session: no fact of this person survives
        }
    }

    /**
     * The plan before the latest check-in: the plan for the same answers and every check-in but the
     * latest (itself read against the plan before it, down to the first plan).
     */
    private List<PreviousExercise> previousPlan(Assessment assessment) {
        List<CheckIn> checkIns = assessment.checkIns();
        return evaluate(assessment.withCheckIns(checkIns.subList(0, checkIns.size() - 1))).asPreviousPlan();
    }

    /** The latest check-in, with what the rules compare it to. */
    private static FollowUp followUp(Assessment assessment) {
        List<CheckIn> checkIns = assessment.checkIns();
        CheckIn latest = checkIns.get(checkIns.size() - 1);
        CheckIn previous = checkIns.size() > 1 ? checkIns.get(checkIns.size() - 2) : null;
        return new FollowUp(checkIns.size(), latest.week(), assessment.painLevel(), latest.painLevel(),
                latest.sessionsPerWeek(), latest.nextMorningWorse(), latest.legSymptomsSpreading(),
                latest.overall(), previous == null ? null : previous.overall());
    }

    /** Every exercise of every check-in, with the catalog facts about its progression. */
    private List<ExerciseReport> reports(List<CheckIn> checkIns) {
        List<ExerciseReport> reports = new ArrayList<>();
        int last = checkIns.size() - 1;
        for (int i = 0; i <= last; i++) {
            for (ExerciseCheck done : checkIns.get(i).exercises()) {
                Progression progression = catalog.get(done.id()).progression();
                String gentle = progression.gentleVariant();
                reports.add(new ExerciseReport(done.id(), done.variant(), done.step(), done.rating(),
                        i == last && i > 0 ? ratingOf(checkIns.get(i - 1), done.id()) : null,
                        i == last, gentle, gentle != null && gentle.equals(done.variant()),
                        progression.steps().size(), progression.stepsUpOnItsOwn(), progression.step(done.step()).stretch(),
                        progression.lastSmallStep()));
            }
        }
        return reports;
    }

    private static Rating ratingOf(CheckIn checkIn, String exerciseId) {
        for (ExerciseCheck done : checkIn.exercises()) {
            if (done.id().equals(exerciseId)) {
                return done.rating();
            }
        }
        return null;
    }

    /** Reads what the rules concluded, in one pass over the session's facts. */
    private Recommendation collect(KieSession session) {
        FactsByType facts = new FactsByType(session.getObjects());
        List<RuleOut> ruleOuts = facts.all(RuleOut.class);
        List<Candidate> candidates = facts.all(Candidate.class);
        boolean exercisesConsidered = facts.holds(forms);
        return new Recommendation(
                sorted(facts.all(ReferralReason.class), orders.referralReasons()),
                sorted(facts.all(Referral.class), Comparator.comparing(Referral::urgency).reversed()).stream().findFirst(),
                // A referral withdraws the exercises: nothing is ruled out of what is not considered.
                exercisesConsidered ? exclusions(ruleOuts) : List.of(),
                preferences(candidates, facts.all(Favour.class)),
                sorted(candidates, orders.candidates()),
                sorted(facts.all(PlanSize.class), Comparator.comparingInt(PlanSize::decompressionExercises)).stream().findFirst(),
                sorted(facts.all(Choice.class), orders.choices()),
                sorted(facts.all(Reason.class), orders.reasons()),
                sorted(facts.all(Caution.class), orders.cautions()),
                sorted(facts.all(Cooldown.class), orders.cooldowns()),
                sorted(facts.all(Disclaimer.class), orders.disclaimers()),
                sorted(facts.all(Dosing.class), orders.dosings()),
                sorted(facts.all(FollowUpAdvice.class), orders.advice()),
                sorted(facts.all(Warning.class), orders.warnings()),
                sorted(facts.all(Note.class), orders.notes()));
    }

    /** Every form each rule out applies to, with the reason as that form gives it. */
    private List<Exclusion> exclusions(List<RuleOut> ruleOuts) {
        if (ruleOuts.isEmpty()) {
            return List.of();
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (Option option : options) {
            for (RuleOut ruleOut : ruleOuts) {
                if (ruleOut.appliesTo(option)) {
                    exclusions.add(new Exclusion(option, ruleOut.rule(), ruleOut.reasonFor(option)));
                }
            }
        }
        return sorted(exclusions, orders.exclusions());
    }

    /** Every favour each candidate decompression form has a trait of: the points that make up its score. */
    private List<Preference> preferences(List<Candidate> candidates, List<Favour> favours) {
        if (favours.isEmpty()) {
            return List.of();
        }
        List<Preference> preferences = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.role() == Role.DECOMPRESSION) {
                for (Favour favour : favours) {
                    if (favour.appliesTo(candidate.option())) {
                        preferences.add(new Preference(candidate.option(), favour.points(), favour.rule(), favour.reason()));
                    }
                }
            }
        }
        return sorted(preferences, orders.preferences());
    }

    /** Sorted, each fact once: the same answers always give the same lists, whatever order the engine produced them in. */
    private static <T> List<T> sorted(List<T> facts, Comparator<? super T> order) {
        if (facts.size() < 2) {
            return List.copyOf(facts);
        }
        facts.sort(order);
        List<T> distinct = new ArrayList<>(facts.size());
        T previous = null;
        for (T fact : facts) {
            if (!fact.equals(previous)) {
                distinct.add(fact);
            }
            previous = fact;
        }
        return Collections.unmodifiableList(distinct);
    }

    private static RuleFaultException faultWithin(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RuleFaultException fault) {
                return fault;
            }
        }
        return null;
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
