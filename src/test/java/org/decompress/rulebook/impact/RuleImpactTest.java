package org.decompress.rulebook.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/rule-impact's comparison ({@link RuleImpact}) on copies of this project with real edits: none, a
 * safety rule removed, a red flag rule removed (an invariant breaks), a rule that does not compile.
 * The working tree (this checkout) is the base, given as a folder; each copy is the edited side. The
 * copies carry the first {@value ScratchProject#GOLDEN} golden answer sets, so each comparison takes seconds.
 */
class RuleImpactTest {

    @TempDir
    static Path scratch;

    /** What one run printed and returned. */
    record Run(int exit, List<String> lines, String errors, Path out) {

        String last() {
            return lines.get(lines.size() - 1);
        }
    }

    @BeforeAll
    static void base() throws IOException {
        ScratchProject.copy(scratch.resolve("base"));
    }

    @Test
    void theSameRulesChangeNothing() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("same"));

        Run run = run(head, "--fail-on-change");

        assertThat(run.exit()).isZero();
        assertThat(run.last()).matches("rule impact: 0 of [0-9,]+ plans change \\(0 exercises added, 0 removed, 0 reordered, 0 doses, 0 referrals\\); "
                + "0 scenario cases fail");
        assertThat(run.lines()).noneMatch(l -> l.startsWith("INVARIANT"));
    }

    @Test
    void removingASafetyRuleNamesItForEveryPlanItReachesAndTheCasesThatNowFail() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("no-kneeling-rule-removed"));
        ScratchProject.removeRule(head.resolve("rules/exclusion.drl"), "Knee problem: no kneeling");

        Run run = run(head);
        Run strict = run(head, "--fail-on-change");

        assertThat(run.exit()).isZero();
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(run.lines().get(0)).as("the largest kind first").matches("[0-9,]+ plans: .* — rule \"Knee problem: no kneeling\" no longer fires.*");
        assertThat(run.lines()).anyMatch(l -> l.matches("[0-9,]+ plans?: .*childs-pose added.* — rule \"Knee problem: no kneeling\" no longer fires.*"));
        assertThat(run.lines()).contains("scenario cases that now fail:").anyMatch(l -> l.startsWith("  exclusions/") && l.contains("knee"));
        assertThat(run.last()).matches("rule impact: [1-9][0-9,]* of [0-9,]+ plans change \\([1-9][0-9,]* exercises added, [0-9,]+ removed, "
                + "[0-9,]+ reordered, [0-9,]+ doses, [0-9,]+ referrals\\); [1-9][0-9]* scenario cases fail");

        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());
        assertThat(report.get("editedRules").get("Knee problem: no kneeling").asText()).isEqualTo("was removed");
        JsonNode first = report.get("changes").get(0);
        assertThat(first.get("count").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("examples")).hasSize(3);
        assertThat(first.get("examples").get(0).get("answers").toString()).contains("A knee problem, or you cannot kneel");
        assertThat(first.get("examples").get(0).get("link").asText()).startsWith("http://localhost:8080/plan?").contains("conditions=KNEE");
        String html = Files.readString(run.out().resolve("report.html"));
        assertThat(html).contains("<h1>Rule impact: working tree against ").contains("Rules edited: <q>Knee problem: no kneeling</q> was removed")
                .contains("With the edit").contains("open this plan");
    }

    @Test
    void aRedFlagThatNoLongerRefersBreaksAnInvariantAndIsPrintedFirst() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("saddle-rule-removed"));
        ScratchProject.removeRule(head.resolve("rules/screening.drl"), "Red flag: numbness around the groin or saddle area");

        Run run = run(head);

        assertThat(run.lines().get(0)).startsWith("INVARIANT BROKEN with the edit: a red flag ([...]) and no referral (");
        assertThat(run.lines()).anyMatch(l -> l.contains("REFER (EMERGENCY) -> PLAN")
                && l.contains("rule \"Red flag: numbness around the groin or saddle area\" no longer fires"));
        String html = Files.readString(run.out().resolve("report.html"));
        assertThat(html.indexOf("class=\"broken\"")).as("breaches come first").isPositive().isLessThan(html.indexOf("What changes"));
    }

    @Test
    void aRuleThatDoesNotCompileGivesFileAndLineAndExitsTwo() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("broken"));
        Path exclusion = head.resolve("rules/exclusion.drl");
        Files.writeString(exclusion, Files.readString(exclusion).replace("Option( loadsArms )", "Option( loadsArmz )")
                .replaceFirst("when\n", "when\n    Option( loadsArmz )\n"));

        Run run = run(head);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errors()).containsPattern("exclusion\\.drl:\\d+: ").contains("loadsArmz").contains("nothing was compared");
    }

    @Test
    void anUnknownRevisionOrArgumentExitsTwoAndSaysWhy() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("arguments"));

        assertThat(runWith(head, "no-such-revision").exit()).isEqualTo(2);
        assertThat(runWith(head, "no-such-revision").errors()).contains("'no-such-revision' is neither a folder nor a git revision");
        assertThat(runWith(head, "--frobnicate").errors()).contains("unexpected argument '--frobnicate'");
    }

    private static Run run(Path head, String... options) {
        String[] args = Stream.concat(Stream.of(scratch.resolve("base").toString()), Stream.of(options)).toArray(String[]::new);
        return runWith(head, args);
    }

    private static Run runWith(Path head, String... args) {
        Path out = head.resolve("target/rule-impact");
        String[] all = Stream.concat(Stream.of(args), Stream.of("--project", head.toString(), "--out", out.toString())).toArray(String[]::new);
        ByteArrayOutputStream out1 = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RuleImpact.run(all, new PrintStream(out1, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out1.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8), out);
    }
}
