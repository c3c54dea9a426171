package org.decompress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decompress.engine.CompiledRules;
import org.decompress.engine.RuleCompiler;
import org.decompress.engine.RuleFile;
import org.decompress.engine.RuleFiles;
import org.decompress.plan.Plan;
import org.decompress.plan.Planner;
import org.decompress.questionnaire.Assessment;
import org.decompress.rules.Engine;
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
 * How the engine's cost grows as the exclusion table grows: answers to plan, in process, with the
 * service's rules plus {@code exclusionCopies} copies of every exclusion rule. A copy asks what its
 * original asks and rules out what it rules out, under its original's name (so that its reasons have
 * words), so each copy fires as often as a real rule of the table does; where it asks about the person,
 * one more constraint that always holds keeps Drools from sharing its conditions with the original's.
 * A stand-in for a table that decides more conditions against more traits, not a plan anyone would get.
 * The rule base is compiled from the rule files here (the executable model, as dev mode builds it),
 * copies or not, so that the rows differ only in their rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A longer warm-up than EngineBenchmark's: the rule base is compiled in the benchmark's JVM first, and
// after three warm-up iterations the measured ones were still falling (107 to 81 us, 2026-12-05).
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"})
public class RuleGrowthBenchmark {

    private static final String EXCLUSION_FILE = "exclusion.drl";
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end\\s*$");
    private static final Pattern ASSESSMENT = Pattern.compile("Assessment\\(\\s*(\\))?");

    @Param({"0", "1", "3"})
    public int exclusionCopies;

    private Planner planner;
    private Assessment[] mix;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        EngineBenchmark.quietDrools();
        ClassLoader loader = RuleGrowthBenchmark.class.getClassLoader();
        List<RuleFile> files = new ArrayList<>(RuleFiles.fromClasspath(loader));
        RuleFile exclusion = files.stream().filter(f -> f.path().endsWith(EXCLUSION_FILE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + EXCLUSION_FILE + " among the rule files"));
        if (exclusionCopies > 0) {
            files.add(copies(exclusion, exclusionCopies));
        }
        CompiledRules rules = RuleCompiler.compile(files, loader);
        planner = Planner.of(rules, Engine.CATALOGS, Engine.LANGUAGES);
        System.out.printf("%nrule base: %d rules in %d files%n", rules.ruleCount(), rules.ruleFiles());
        mix = EngineBenchmark.assessments(EngineBenchmark.firstAnswers());
    }

    @Benchmark
    public Plan answersToPlan() {
        return planner.plan(mix[next++ & (mix.length - 1)]);
    }

    /** A rule file in the exclusion file's package, with its imports, holding {@code count} copies of each of its rules. */
    static RuleFile copies(RuleFile exclusion, int count) {
        String text = exclusion.content();
        Matcher rules = RULE.matcher(text);
        if (!rules.find()) {
            throw new IllegalStateException(exclusion.path() + " holds no rule");
        }
        StringBuilder copied = new StringBuilder(text.substring(0, rules.start()));
        int copiedRules = 0;
        do {
            String name = rules.group(1);
            String body = rules.group(2).replace("drools.getRule().getName()", '"' + name + '"');
            for (int copy = 1; copy <= count; copy++) {
                copiedRules++;
                copied.append("rule \"").append(name).append(" (copy ").append(copy).append(")\"")
                        .append(unshared(body, copiedRules)).append("end\n\n");
            }
        } while (rules.find());
        return new RuleFile("exclusion-copies.drl", copied.toString());
    }

    /**
     * The rule's person pattern with one more constraint that every person meets and no other rule has, so
     * that Drools cannot share the copy's conditions with its original's, as it could not for a rule that
     * asks something new. (A rule without a person pattern is copied as it is.)
     */
    private static String unshared(String body, int key) {
        Matcher person = ASSESSMENT.matcher(body);
        if (!person.find()) {
            return body;
        }
        String constraint = "painLevel > -" + key;
        String pattern = person.group(1) != null ? "Assessment( " + constraint + " )" : "Assessment( " + constraint + ", ";
        return body.substring(0, person.start()) + pattern + body.substring(person.end());
    }
}
