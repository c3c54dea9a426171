package org.decompress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.decompress.plan.Plan;
import org.decompress.plan.Planner;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;
import org.decompress.rules.Engine;
import org.decompress.testkit.RandomAnswers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answers to plan, in process: rule evaluation plus plan assembly, with the planner the service
 * builds ({@link Planner#of}, through the tests' {@link Engine}). With {@code checkIns = 0}, a realistic
 * mix of first answers (the property test's generator: mostly plans, some referrals); with 4 or 12,
 * people who have come back that many times, so that the figures say how the cost grows with check-ins.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"})
public class EngineBenchmark {

    @Param({"0", "4", "12"})
    public int checkIns;

    private Planner planner;
    private Assessment[] mix;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        quietDrools();
        planner = Engine.PLANNER;
        mix = assessments(checkIns == 0 ? firstAnswers() : histories(checkIns));
    }

    @Benchmark
    public Plan answersToPlan() {
        Assessment answers = mix[next++ & (mix.length - 1)];
        return planner.plan(answers);
    }

    /** 1,024 assessments made from these answers in turn (a power of two, so the benchmarks step through them with a mask). */
    static Assessment[] assessments(List<Answers> answers) {
        Assessment[] mix = new Assessment[1024];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = answers.get(i % answers.size()).toAssessment();
        }
        return mix;
    }

    /**
     * As in the service (application.properties): Drools logs at WARN. Left at the default, Drools formats a
     * trace line for every inserted fact, which alone costs 5x the evaluation.
     */
    static void quietDrools() {
        java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.kie").setLevel(java.util.logging.Level.WARNING);
    }

    static List<Answers> firstAnswers() {
        Random random = new Random(2026);
        List<Answers> answers = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            answers.add(RandomAnswers.answers(random));
        }
        return answers;
    }

    /**
     * People who come back {@code count} times with a plan that went well enough to go on (each exercise
     * just right or too easy, the back the same or better): a history as long as the API takes (12) is
     * one the seeded fixture never reaches, since its people are often referred on the way.
     */
    static List<Answers> histories(int count) {
        Random random = new Random(2026 + count);
        List<Answers> people = new ArrayList<>();
        while (people.size() < 256) {
            Answers first = RandomAnswers.answers(random).withCheckIns(null);
            Plan plan = Engine.PLANNER.plan(first.toAssessment());
            List<CheckIn> history = new ArrayList<>();
            while (plan.status() == PlanStatus.PLAN && history.size() < count) {
                List<ExerciseCheck> done = plan.exercises().stream()
                        .map(e -> new ExerciseCheck(e.id(), e.variant(), e.step(), random.nextBoolean() ? Rating.JUST_RIGHT : Rating.TOO_EASY))
                        .toList();
                history.add(new CheckIn(2 * (history.size() + 1), first.painLevel(), 3, false, false,
                        random.nextBoolean() ? Overall.SAME : Overall.BETTER, done));
                plan = Engine.PLANNER.plan(first.withCheckIns(List.copyOf(history)).toAssessment());
            }
            if (plan.status() == PlanStatus.PLAN && history.size() == count) {
                people.add(first.withCheckIns(List.copyOf(history)));
            }
        }
        return people;
    }
}
