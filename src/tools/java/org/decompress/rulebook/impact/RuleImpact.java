package org.decompress.rulebook.impact;

import org.decompress.engine.RuleText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.decompress.catalog.CatalogException;
import org.decompress.engine.RuleCompilationException;
import org.decompress.plan.Planner;
import org.decompress.problem.RuleFaultException;
import org.decompress.rulebook.Parallel;
import org.decompress.rulebook.Population;
import org.decompress.rulebook.RuleSet;
import org.decompress.scenario.ScenarioKit;

/**
 * {@code bin/rule-impact [REF]}: what an edit of the rules or the catalog does to the people the
 * service answers, before it ships. Compiles the rules of the working tree and of git {@code REF}
 * (default {@code HEAD}; a folder holding rules/, catalog/ and messages/ works too) in this one JVM,
 * plans for every golden answer set, every step of the seeded check-in histories and every scenario
 * case on both sides, and prints one line per kind of change, largest first, naming the rules whose
 * firing changed; then the scenario cases that now fail; then one summary line. Writes
 * {@code target/rule-impact/report.html} and {@code report.json}. Exit 0; 1 with {@code --fail-on-change}
 * when anything changed; 2 when a rule file does not compile (file:line: message) or the arguments are wrong.
 */
public final class RuleImpact {

    static final int LINES = 40;

    /** One person on both sides. */
    record Compared(Population.Person person, Side before, Side after, PlanChange change, List<String> firing, List<String> brokenBefore,
            List<String> brokenAfter) {
    }

    /** People whose plans changed alike, for the same reason. */
    record Group(String description, String explanation, List<Compared> people) {

        String line() {
            return people.size() + " plan" + (people.size() == 1 ? "" : "s") + ": " + description + " — " + explanation;
        }
    }

    /** A scenario case that fails with the edit (each expectation it misses, alone and with the case around it), and whether it failed before it too. */
    record ScenarioFailure(String path, String title, String checks, List<String> unmet, List<String> failures, boolean failedBefore) {
    }

    /** Everything the comparison found. */
    record Result(String base, String head, List<Compared> compared, List<Group> groups, List<ScenarioFailure> scenarioFailures,
            Map<String, String> editedRules, Summary summary) {
    }

    record Summary(int changed, int people, int added, int removed, int reordered, int doses, int referrals, int scenarioFailures,
            int brokenAfter, int brokenBefore) {

        String line() {
            return String.format("rule impact: %,d of %,d plans change (%,d exercises added, %,d removed, %,d reordered, %,d doses, %,d referrals); "
                    + "%d scenario cases fail", changed, people, added, removed, reordered, doses, referrals, scenarioFailures);
        }
    }

    private RuleImpact() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the comparison; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.of(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: bin/rule-impact [REF | FOLDER] [--fail-on-change] [--base-url URL]");
            return 2;
        }
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(RuleImpact.class.getClassLoader());
        try {
            return measure(arguments, out, err);
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
        }
    }

    private static int measure(Arguments arguments, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        RuleSet before;
        RuleSet after;
        try {
            Path baseRoot = Checkouts.of(arguments.project(), arguments.ref(), arguments.out().resolve("base"));
            ClassLoader classes = RuleImpact.class.getClassLoader();
            before = RuleSet.fromCheckout(arguments.ref(), baseRoot, classes);
            after = RuleSet.fromCheckout("working tree", arguments.project(), classes);
        } catch (RuleCompilationException e) {
            e.problems().forEach(err::println);
            err.println("rule impact: the rules do not compile; nothing was compared");
            return 2;
        } catch (CatalogException e) {
            // Typically a REF from before the catalog's rules changed (every form now needs its own summary).
            err.println("rule impact: a catalog this version of the service cannot read; nothing was compared: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("rule impact: " + e.getMessage());
            return 2;
        }
        Path golden = arguments.project().resolve("src/test/resources/golden");
        List<ScenarioKit.Case> cases = ScenarioKit.read(arguments.project().resolve("scenarios"));
        List<Population.Person> people = new ArrayList<>();
        people.addAll(Population.golden(golden.resolve("plans.tsv.gz")));
        people.addAll(Population.histories(golden.resolve("check-in-histories.jsonl.gz")));
        people.addAll(Population.scenarios(cases));

        Result result = compare(before, after, people, cases);
        brokenLines(result).forEach(out::println);
        List<Group> changes = result.groups();
        changes.stream().limit(LINES).forEach(g -> out.println(g.line()));
        if (changes.size() > LINES) {
            int rest = changes.stream().skip(LINES).mapToInt(g -> g.people().size()).sum();
            out.printf("... %d more kinds of change (%,d plans): see %s%n", changes.size() - LINES, rest, arguments.out().resolve("report.html"));
        }
        if (!result.scenarioFailures().isEmpty()) {
            out.println("scenario cases that now fail:");
            Names names = Names.of(result.compared());
            for (ScenarioFailure failure : result.scenarioFailures()) {
                out.println("  " + failure.path() + (failure.failedBefore() ? " (failed before the edit too)" : "") + ": " + failure.title()
                        + " — not met: " + names.inText(String.join("; ", failure.unmet())));
            }
        }
        try {
            ImpactReport.write(result, before, after, arguments.out(), arguments.baseUrl());
        } catch (IOException e) {
            err.println("rule impact: the report could not be written: " + e.getMessage());
        }
        out.printf("(%s against %s: %,d people in %.1f s; report: %s)%n", result.head(), result.base(), people.size(),
                (System.nanoTime() - start) / 1e9, arguments.out().resolve("report.html"));
        out.println(result.summary().line());
        boolean changed = result.summary().changed() > 0 || result.summary().scenarioFailures() > 0 || result.summary().brokenAfter() > 0;
        return arguments.failOnChange() && changed ? 1 : 0;
    }

    private static List<String> brokenLines(Result result) {
        Map<String, Integer> broken = new LinkedHashMap<>();
        for (Compared c : result.compared()) {
            c.brokenAfter().forEach(b -> broken.merge("with the edit: " + b.replaceAll("\\[.*]", "[...]"), 1, Integer::sum));
            c.brokenBefore().forEach(b -> broken.merge("before the edit: " + b.replaceAll("\\[.*]", "[...]"), 1, Integer::sum));
        }
        return broken.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> "INVARIANT BROKEN " + e.getKey() + " (" + e.getValue() + " plans)").toList();
    }

    static Result compare(RuleSet before, RuleSet after, List<Population.Person> people, List<ScenarioKit.Case> cases) {
        Map<String, String> edited = editedRules(before.rules(), after.rules());
        List<Compared> compared = Parallel.map(people, person -> compare(before, after, person));
        Map<String, List<Compared>> byKind = new LinkedHashMap<>();
        for (Compared c : compared) {
            boolean broken = !c.brokenAfter().isEmpty() && !c.brokenAfter().equals(c.brokenBefore());
            if (c.change().any() || broken) {
                String description = c.change().any() ? c.change().description() : "invariant broken";
                byKind.computeIfAbsent(description + "\u0000" + explain(c, edited), k -> new ArrayList<>()).add(c);
            }
        }
        List<Group> groups = byKind.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\u0000", 2);
            return new Group(key[0], key[1], e.getValue());
        }).sorted(Comparator.<Group>comparingInt(g -> -g.people().size()).thenComparing(Group::description)).toList();

        Map<String, Compared> byLabel = new HashMap<>();
        compared.stream().filter(c -> c.person().kind().equals("scenario")).forEach(c -> byLabel.put(c.person().label(), c));
        List<ScenarioFailure> failures = new ArrayList<>();
        for (ScenarioKit.Case c : cases) {
            Compared both = byLabel.get(c.path());
            List<String> now = failuresOf(c, both.after());
            if (!now.isEmpty()) {
                List<String> unmet = both.after().failed() ? now : ScenarioKit.unmet(c.scenario(), both.after().plan());
                failures.add(new ScenarioFailure(c.path(), c.scenario().title(), c.scenario().checks(), unmet, now,
                        !failuresOf(c, both.before()).isEmpty()));
            }
        }
        int changed = (int) compared.stream().filter(c -> c.change().any()).count();
        Summary summary = new Summary(changed, compared.size(), compared.stream().mapToInt(c -> c.change().added()).sum(),
                compared.stream().mapToInt(c -> c.change().removed()).sum(), (int) compared.stream().filter(c -> c.change().reordered()).count(),
                compared.stream().mapToInt(c -> c.change().doses()).sum(), (int) compared.stream().filter(c -> c.change().referral()).count(),
                failures.size(), (int) compared.stream().filter(c -> !c.brokenAfter().isEmpty()).count(),
                (int) compared.stream().filter(c -> !c.brokenBefore().isEmpty()).count());
        return new Result(before.label(), after.label(), compared, groups, failures, edited, summary);
    }

    private static List<String> failuresOf(ScenarioKit.Case c, Side side) {
        return side.failed() ? List.of("a rule failed: " + side.fault()) : ScenarioKit.failures(c.scenario(), side.plan());
    }

    private static Compared compare(RuleSet before, RuleSet after, Population.Person person) {
        Side a = plan(before, person);
        Side b = plan(after, person);
        List<String> firing = new ArrayList<>();
        for (String rule : new TreeSet<>(a.firedRules())) {
            if (!b.firedRules().contains(rule)) {
                firing.add("rule \"" + rule + "\" no longer fires");
            }
        }
        for (String rule : new TreeSet<>(b.firedRules())) {
            if (!a.firedRules().contains(rule)) {
                firing.add("rule \"" + rule + "\" now fires");
            }
        }
        return new Compared(person, a, b, PlanChange.between(a, b), firing, Invariants.broken(person.answers(), a),
                Invariants.broken(person.answers(), b));
    }

    private static Side plan(RuleSet rules, Population.Person person) {
        try {
            Planner.Traced outcome = rules.plan(person.answers());
            return Side.of(outcome.plan(), outcome.firedRules());
        } catch (RuleFaultException e) {
            return Side.failed(e.getMessage());
        }
    }

    /** The rules whose firing changed for this person; else the edited rules that fired for them; at most three named. */
    private static String explain(Compared c, Map<String, String> edited) {
        // The edited rules first: they are what the reviewer changed; the others fire or not in their wake.
        List<String> reasons = new ArrayList<>(c.firing());
        reasons.sort(Comparator.comparing((String r) -> edited.keySet().stream().noneMatch(name -> r.startsWith("rule \"" + name + "\""))));
        if (reasons.isEmpty()) {
            Set<String> fired = new TreeSet<>(c.before().firedRules());
            fired.addAll(c.after().firedRules());
            reasons = fired.stream().filter(edited::containsKey).map(r -> "rule \"" + r + "\" " + edited.get(r)).toList();
        }
        if (reasons.isEmpty()) {
            return "no rule's firing changed (the catalog or the words did)";
        }
        return reasons.size() <= 3 ? String.join("; ", reasons) : String.join("; ", reasons.subList(0, 3)) + "; and " + (reasons.size() - 3) + " more";
    }

    /** Each rule whose text differs between the two sides, with how. */
    static Map<String, String> editedRules(List<RuleText> before, List<RuleText> after) {
        Map<String, String> was = new HashMap<>();
        before.forEach(r -> was.put(r.name(), r.text().replaceAll("\\s+", " ")));
        Map<String, String> now = new HashMap<>();
        after.forEach(r -> now.put(r.name(), r.text().replaceAll("\\s+", " ")));
        Map<String, String> edited = new java.util.TreeMap<>();
        was.forEach((name, text) -> {
            if (!now.containsKey(name)) {
                edited.put(name, "was removed");
            } else if (!Objects.equals(text, now.get(name))) {
                edited.put(name, "was edited");
            }
        });
        now.keySet().stream().filter(name -> !was.containsKey(name)).forEach(name -> edited.put(name, "is new"));
        return edited;
    }

    /** The command line: [REF | FOLDER] [--fail-on-change] [--base-url URL] [--project DIR] [--out DIR]. */
    record Arguments(String ref, boolean failOnChange, Path project, Path out, String baseUrl) {

        static Arguments of(String[] args) {
            String ref = null;
            boolean fail = false;
            Path project = Path.of(".").toAbsolutePath().normalize();
            Path out = null;
            String baseUrl = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--fail-on-change" -> fail = true;
                    case "--project" -> project = Path.of(value(args, ++i, "--project")).toAbsolutePath().normalize();
                    case "--out" -> out = Path.of(value(args, ++i, "--out")).toAbsolutePath().normalize();
                    case "--base-url" -> baseUrl = baseUrl(value(args, ++i, "--base-url"));
                    default -> {
                        if (args[i].startsWith("--") || ref != null) {
                            throw new IllegalArgumentException("rule impact: unexpected argument '" + args[i] + "'");
                        }
                        ref = args[i];
                    }
                }
            }
            if (!Files.isDirectory(project.resolve("rules"))) {
                throw new IllegalArgumentException("rule impact: " + project + " has no rules/ folder");
            }
            return new Arguments(ref == null ? "HEAD" : ref, fail, project, out == null ? project.resolve("target/rule-impact") : out, baseUrl);
        }

        /** Where the service runs, for the report's "open this plan" links: an http(s) address, without its last slash. */
        private static String baseUrl(String url) {
            if (!url.matches("https?://[^\\s\"<>]+")) {
                throw new IllegalArgumentException("rule impact: --base-url needs an http or https address, such as http://localhost:8080");
            }
            return url.replaceAll("/+$", "");
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException("rule impact: " + option + " needs a value");
            }
            return args[i];
        }
    }
}
