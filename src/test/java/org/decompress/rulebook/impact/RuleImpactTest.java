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
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Condition;
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
        assertThat(run.lines()).anyMatch(l -> l.matches("[0-9,]+ plans?: .*Child's pose added.* — rule \"Knee problem: no kneeling\" no longer fires.*"));
        assertThat(run.lines()).contains("scenario cases that now fail:").anyMatch(l -> l.startsWith("  exclusions/") && l.contains("knee"));
        assertThat(run.last()).matches("rule impact: [1-9][0-9,]* of [0-9,]+ plans change \\([1-9][0-9,]* exercises added, [0-9,]+ removed, "
                + "[0-9,]+ reordered, [0-9,]+ doses, [0-9,]+ referrals\\); [1-9][0-9]* scenario cases fail");

        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());
        assertThat(report.get("editedRules").get("Knee problem: no kneeling").asText()).isEqualTo("was removed");
        JsonNode first = report.get("changes").get(0);
        assertThat(first.get("count").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("examples")).hasSize(3);
        assertThat(first.get("examples").get(0).get("answers").toString()).contains("A knee problem, or you cannot kneel");
        assertThat(first.get("examples").get(0).get("link").isNull()).as("no link without --base-url").isTrue();
        String html = Files.readString(run.out().resolve("report.html"));
        assertThat(html).contains("<h1>Rule impact: working tree against ").contains("Rules edited: <q>Knee problem: no kneeling</q> was removed")
                .contains("With the edit").doesNotContain("open this plan").doesNotContain("href=\"http");
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
        int referrals = html.indexOf("<section id=\"referrals\">");
        assertThat(html.indexOf("class=\"broken\"")).as("breaches come first").isPositive().isLessThan(referrals);
        assertThat(referrals).as("then the referrals that change").isLessThan(html.indexOf("<section id=\"scenarios\">"));
        assertThat(html.substring(referrals, html.indexOf("<section id=\"scenarios\">"))).contains("REFER (EMERGENCY) -&gt; PLAN")
                .contains("Numbness around the groin, bottom or inner thighs");
        assertThat(html.indexOf("<section id=\"scenarios\">")).isLessThan(html.indexOf("<section id=\"changes\">"));
        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());
        assertThat(report.get("referralChanges")).isNotEmpty();
        assertThat(report.get("changes").findValues("change")).noneMatch(c -> c.asText().contains("REFER"));
    }

    /** The edit of the issue: steroid tablets no longer count as osteoporosis for deep forward bending. */
    private static Run steroids;

    private static synchronized Run steroidsEdit() throws IOException {
        if (steroids == null) {
            Path head = ScratchProject.copy(scratch.resolve("steroids-may-bend"));
            ScratchProject.editRule(head.resolve("rules/exclusion.drl"), "Osteoporosis: no deep forward bending",
                    "reportsAny(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS)", "reports(Condition.OSTEOPOROSIS)");
            steroids = run(head);
        }
        return steroids;
    }

    @Test
    void theReportPutsReferralsThenFailingScenarioCasesAsExpectationAndAnswerBeforeTheOtherChanges() throws IOException {
        Run run = steroidsEdit();
        String html = Files.readString(run.out().resolve("report.html"));

        int referrals = html.indexOf("<section id=\"referrals\">");
        int scenarios = html.indexOf("<section id=\"scenarios\">");
        int changes = html.indexOf("<section id=\"changes\">");
        assertThat(referrals).isPositive().isLessThan(scenarios);
        assertThat(scenarios).isLessThan(changes);
        String failing = html.substring(scenarios, changes);
        assertThat(failing).contains("<h3>Steroid tablets for asthma at 42, no falls: treated as osteoporosis</h3>")
                .contains("Expected, and not met with the edit:")
                .contains("must be ruled out: [Knees to chest, Child's pose")
                .contains("What came back before the edit").contains("Knees to chest, step 1")
                .doesNotContain(" -> plan [").doesNotContain("knees-to-chest");
        assertThat(run.lines()).contains("  osteoporosis/long-term-steroids-under-fifty.json: Steroid tablets for asthma at 42, no falls: treated as "
                + "osteoporosis — not met: must be ruled out: [Knees to chest, Child's pose, Camel pose (rounded four-point kneel), Manual traction] "
                + "does not hold; rules applied [Osteoporosis: no deep forward bending] does not hold");
        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());
        JsonNode scenario = report.get("scenarioFailures").get(0);
        assertThat(scenario.get("title").asText()).startsWith("Steroid tablets for asthma at 42");
        assertThat(scenario.get("unmet").get(0).asText()).startsWith("must be ruled out: [Knees to chest");
        assertThat(scenario.get("after").get("status").asText()).isEqualTo("Plan");
    }

    @Test
    void eachKindOfChangeSaysWhatItsPeopleHaveInCommonAndNamesExercisesByName() throws IOException {
        Run run = steroidsEdit();
        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());

        JsonNode largest = report.get("changes").get(0);
        assertThat(largest.get("count").asInt()).isGreaterThan(1);
        assertThat(largest.get("common").asText()).as("the answers the edited rule names first")
                .matches("All [0-9]+ ticked “Steroid tablets \\(for example prednisolone\\) for 3 months or more”.*\\.");
        assertThat(run.lines()).anyMatch(l -> l.matches("[0-9,]+ plans?: Knees to chest added \\(first\\).*"));
        String html = Files.readString(run.out().resolve("report.html"));
        assertThat(html).contains("<p class=\"common\">All ").contains("Knees to chest added (first)")
                .doesNotContain("knees-to-chest").doesNotContain("side-decompression").doesNotContain("childs-pose");
    }

    @Test
    void whenOnlyTheReasonsChangeTheReportShowsThemBeforeAndAfter() throws IOException {
        Run run = steroidsEdit();
        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());

        JsonNode reasonsOnly = null;
        for (JsonNode group : report.get("changes")) {
            if (group.get("change").asText().startsWith("why ")) {
                reasonsOnly = group;
                break;
            }
        }
        assertThat(reasonsOnly).as("a kind of change where only why an exercise is ruled out changes").isNotNull();
        JsonNode example = reasonsOnly.get("examples").get(0);
        assertThat(example.get("before").get("exercises")).isEqualTo(example.get("after").get("exercises"));
        JsonNode reason = example.get("reasons").get(0);
        assertThat(reason.get("what").asText()).matches("Why .+ (is|are) ruled out");
        assertThat(reason.get("before").toString()).contains("Osteoporosis: no deep forward bending");
        assertThat(reason.get("after").toString()).doesNotContain("Osteoporosis: no deep forward bending");
        String html = Files.readString(run.out().resolve("report.html"));
        assertThat(html).contains("Reasons that changed").contains("<del>Osteoporosis: no deep forward bending</del>");
    }

    @Test
    void theExamplePeopleGaveAnswersThatAgreeTheSimplestFirst() throws IOException {
        Run run = steroidsEdit();
        JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());

        List<JsonNode> groups = new java.util.ArrayList<>();
        report.get("changes").forEach(groups::add);
        report.get("referralChanges").forEach(groups::add);
        assertThat(groups).isNotEmpty();
        for (JsonNode group : groups) {
            int fewest = 0;
            for (JsonNode example : group.get("examples")) {
                String answers = example.get("answers").toString();
                if (answers.contains("Only if you are pregnant: how many weeks?")) {
                    assertThat(answers).as(example.get("person").asText()).contains("Do any of these apply to you? ").contains("Pregnancy");
                }
                assertThat(example.get("answers").size()).as("the simplest first in " + group.get("change")).isGreaterThanOrEqualTo(fewest);
                fewest = example.get("answers").size();
            }
        }
    }

    @Test
    void examplePeopleAreOnlyAnswersThatAgreeAndThatOnePersonCouldGive() {
        Answers weeksWithoutPregnancy = new Answers(null, List.of(Condition.KNEE), 4, null, null, null, null, null, null, null, null, 40, 20,
                null, null, null, null, null, null);
        Answers pregnantAtSeventy = new Answers(null, List.of(Condition.PREGNANCY), 4, null, null, null, null, null, null, null, null, 70, 20,
                null, null, null, null, null, null);
        Answers pregnantAtThirty = new Answers(null, List.of(Condition.PREGNANCY), 4, null, null, null, null, null, null, null, null, 30, 20,
                null, null, null, null, null, null);

        assertThat(ImpactReport.plausible(weeksWithoutPregnancy)).isFalse();
        assertThat(ImpactReport.plausible(pregnantAtSeventy)).isFalse();
        assertThat(ImpactReport.plausible(pregnantAtThirty)).isTrue();
    }

    @Test
    void planLinksOnlyWithABaseUrl() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("links"));
        ScratchProject.removeRule(head.resolve("rules/exclusion.drl"), "Knee problem: no kneeling");

        Run linked = run(head, "--base-url", "https://decompress.example.org/");

        JsonNode report = new ObjectMapper().readTree(linked.out().resolve("report.json").toFile());
        assertThat(report.get("changes").get(0).get("examples").get(0).get("link").asText())
                .startsWith("https://decompress.example.org/plan?").contains("conditions=KNEE");
        assertThat(Files.readString(linked.out().resolve("report.html"))).contains("open this plan").doesNotContain("localhost");
        assertThat(run(head, "--base-url", "file:///etc").exit()).isEqualTo(2);
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
    void aCatalogThisVersionCannotReadExitsTwoAndSaysWhy() throws IOException {
        Path head = ScratchProject.copy(scratch.resolve("unreadable-catalog"));
        for (String language : List.of("en", "es")) {
            Path words = head.resolve("messages/catalog_" + language + ".properties");
            Files.writeString(words, Files.readString(words).replaceAll("(?m)^exercise\\.knees-to-chest\\.variant\\.one-leg\\.summary=.*\n", ""));
        }

        Run run = run(head);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errors()).contains("a catalog this version of the service cannot read; nothing was compared")
                .contains("one-leg").doesNotContain("\tat ");
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
