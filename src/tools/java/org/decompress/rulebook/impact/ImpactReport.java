package org.decompress.rulebook.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.decompress.language.Language;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Condition;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rulebook.RuleSet;
import org.decompress.web.PlanLink;

/**
 * The comparison for a clinician: {@code report.html} and the same data as {@code report.json}, in
 * English. First what needs a decision: broken invariants (in red) and plans that became referrals or
 * referrals that became plans; then the scenario cases that fail, each as its name, what it expects
 * and what came back; then every other kind of change. Each kind says what its people have in common
 * in their answers and shows up to three of them, the simplest whose answers agree with each other:
 * their answers in words, the plan before and after side by side with exercises by name, and the
 * reasons that read differently. "Open this plan" links only with {@code --base-url}: a report is
 * read where no service runs.
 */
final class ImpactReport {

    static final int EXAMPLES = 3;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper ANSWERS = StrictJson.mapper();

    private ImpactReport() {
    }

    /** One person as the report shows them; {@code link} is null without a base URL. */
    record Example(String person, List<String> answers, String link, PlanSummary before, PlanSummary after, List<ReasonChange> reasons,
            List<String> brokenBefore, List<String> brokenAfter) {
    }

    /** A plan in one line per item. */
    record PlanSummary(String status, List<String> exercises, List<String> ruledOut, int warnings, int notes, String fault) {
    }

    record GroupReport(int count, String change, String because, String common, boolean referral, List<Example> examples) {
    }

    /** A failing scenario case: its name, what it checks, each expectation it misses, and the plan before and after. */
    record CaseReport(String path, String title, String checks, List<String> unmet, boolean failedBefore, PlanSummary before, PlanSummary after) {
    }

    static void write(RuleImpact.Result result, RuleSet before, RuleSet after, Path folder, String baseUrl) throws IOException {
        Files.createDirectories(folder);
        Questionnaire questionnaire = after.questionnaire();
        Names names = Names.of(result.compared());
        Language english = new Language("en", Locale.ENGLISH, "English", true);
        Function<RuleImpact.Compared, Example> example = c -> example(c, questionnaire, names, english, baseUrl);
        CommonAnswers common = new CommonAnswers(questionnaire, result.compared().stream().map(c -> c.person().answers()).toList(),
                namedBy(result.editedRules().keySet(), before, after));
        List<GroupReport> groups = new ArrayList<>();
        for (RuleImpact.Group group : result.groups()) {
            List<Example> examples = simplest(group.people(), questionnaire).stream().map(example).toList();
            boolean referral = group.people().stream().anyMatch(c -> c.change().referral());
            groups.add(new GroupReport(group.people().size(), group.description(), group.explanation(),
                    common.of(group.people().stream().map(c -> c.person().answers()).toList()), referral, examples));
        }
        List<Example> broken = simplest(result.compared().stream().filter(c -> !c.brokenAfter().isEmpty() || !c.brokenBefore().isEmpty()).toList(),
                questionnaire, 20).stream().map(example).toList();
        Map<String, RuleImpact.Compared> byLabel = new HashMap<>();
        result.compared().forEach(c -> byLabel.put(c.person().label(), c));
        List<CaseReport> cases = result.scenarioFailures().stream().map(f -> new CaseReport(f.path(), f.title(), f.checks(),
                f.unmet().stream().map(names::inText).toList(), f.failedBefore(), summary(byLabel.get(f.path()).before(), names),
                summary(byLabel.get(f.path()).after(), names))).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("base", result.base());
        report.put("head", result.head());
        report.put("summary", result.summary());
        report.put("summaryLine", result.summary().line());
        report.put("editedRules", result.editedRules());
        report.put("invariantsBroken", broken);
        report.put("referralChanges", groups.stream().filter(GroupReport::referral).toList());
        report.put("scenarioFailures", cases);
        report.put("changes", groups.stream().filter(g -> !g.referral()).toList());
        JSON.writeValue(folder.resolve("report.json").toFile(), report);
        Files.writeString(folder.resolve("report.html"), ImpactPage.html(result, groups, broken, cases), StandardCharsets.UTF_8);
    }

    /** The answer values (words in capitals such as {@code LONG_TERM_STEROIDS}) that these rules name on either side. */
    static java.util.Set<String> namedBy(java.util.Set<String> rules, RuleSet before, RuleSet after) {
        java.util.Set<String> named = new java.util.HashSet<>();
        java.util.regex.Pattern value = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
        java.util.stream.Stream.concat(before.rules().stream(), after.rules().stream()).filter(r -> rules.contains(r.name()))
                .forEach(r -> value.matcher(r.text()).results().forEach(m -> named.add(m.group())));
        return named;
    }

    /**
     * Up to {@code limit} of these people to show: only answers the API would take and that a person
     * could give (see {@link #plausible}), fewest answers first, so the example shows what matters.
     * When none qualifies, the simplest of the rest.
     */
    static List<RuleImpact.Compared> simplest(List<RuleImpact.Compared> people, Questionnaire questionnaire, int limit) {
        Comparator<RuleImpact.Compared> fewest = Comparator.comparingInt(c -> inWords(c.person().answers(), questionnaire).size());
        List<RuleImpact.Compared> fit = people.stream().filter(c -> plausible(c.person().answers())).sorted(fewest).limit(limit).toList();
        return fit.isEmpty() ? people.stream().sorted(fewest).limit(limit).toList() : fit;
    }

    static List<RuleImpact.Compared> simplest(List<RuleImpact.Compared> people, Questionnaire questionnaire) {
        return simplest(people, questionnaire, EXAMPLES);
    }

    /**
     * Answers the API takes (no follow-up without the answer it follows, such as weeks of pregnancy
     * without pregnancy) and that one person could give: pregnant at an age when people are.
     */
    static boolean plausible(Answers answers) {
        boolean pregnant = answers.conditions() != null && answers.conditions().contains(Condition.PREGNANCY);
        boolean ageFits = !pregnant || answers.age() == null || answers.age() >= 12 && answers.age() <= 55;
        return ageFits && RuleSet.accepted(answers);
    }

    private static Example example(RuleImpact.Compared c, Questionnaire questionnaire, Names names, Language english, String baseUrl) {
        Answers answers = c.person().answers();
        String link = baseUrl == null ? null : baseUrl + PlanLink.of(answers, questionnaire, ANSWERS, english);
        return new Example(c.person().label(), inWords(answers, questionnaire, names), link, summary(c.before(), names), summary(c.after(), names),
                ReasonChange.between(c.before(), c.after()), c.brokenBefore(), c.brokenAfter());
    }

    static PlanSummary summary(Side side, Names names) {
        if (side.failed()) {
            return new PlanSummary("a rule failed", List.of(), List.of(), 0, 0, side.fault());
        }
        Plan plan = side.plan();
        String status = plan.status() == PlanStatus.REFER ? "Refer: " + plan.referral().urgency().name().toLowerCase(Locale.ROOT) : "Plan";
        List<String> exercises = plan.exercises().stream().map(ImpactReport::line).toList();
        return new PlanSummary(status, exercises, plan.excluded().stream().map(ExcludedExercise::name).toList(), plan.warnings().size(),
                plan.notes().size(), null);
    }

    private static String line(PlanExercise e) {
        StringBuilder line = new StringBuilder(e.name());
        if (e.variantName() != null) {
            line.append(" (").append(e.variantName()).append(')');
        }
        line.append(", step ").append(e.step());
        if (e.change() != null && e.change() != org.decompress.recommendation.Change.NEW) {
            line.append(", ").append(e.change().name().toLowerCase(Locale.ROOT));
        }
        if (e.cooldown() != null && e.cooldown().variantName() != null) {
            line.append("; cooldown: ").append(e.cooldown().variantName());
        }
        return line.toString();
    }

    static List<String> inWords(Answers answers, Questionnaire questionnaire) {
        return inWords(answers, questionnaire, Names.NONE);
    }

    /** The answers a person gave that differ from the questionnaire's defaults, as "question: answer". */
    static List<String> inWords(Answers answers, Questionnaire questionnaire, Names names) {
        JsonNode tree = ANSWERS.valueToTree(answers);
        List<String> said = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            JsonNode value = tree.get(question.id());
            if ((value == null || value.isNull()) && question.id().equals("legSymptoms") && answers.painIntoLeg() != null) {
                said.add(question.text() + " " + (answers.painIntoLeg() ? "yes" : "no")); // the first version's question
                continue;
            }
            if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
                continue;
            }
            if (question.defaultValue() != null && Objects.equals(String.valueOf(question.defaultValue()), value.asText())) {
                continue;
            }
            List<String> words = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> words.add(label(question, item.asText())));
            } else if (value.isBoolean()) {
                words.add(value.asBoolean() ? "yes" : "no");
            } else {
                words.add(label(question, value.asText()) + (question.unit() == null ? "" : " " + question.unit()));
            }
            said.add(question.text() + " " + String.join("; ", words.stream().distinct().toList()));
        }
        if (answers.checkIns() != null) {
            for (CheckIn checkIn : answers.checkIns()) {
                said.add("Check-in, week " + checkIn.week() + ": pain " + checkIn.painLevel() + ", " + checkIn.sessionsPerWeek() + " sessions a week, "
                        + checkIn.overall().name().toLowerCase(Locale.ROOT) + (checkIn.nextMorningWorse() ? ", worse the next morning" : "")
                        + (checkIn.legSymptomsSpreading() ? ", leg symptoms spreading" : "") + "; "
                        + String.join(", ", checkIn.exercises().stream().map(x -> names.of(x.id()) + (x.variant() == null ? "" : " (" + x.variant() + ")")
                        + " step " + x.step() + " " + x.rating().name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()));
            }
        }
        return said;
    }

    private static String label(Question question, String value) {
        if (question.options() == null) {
            return value;
        }
        return question.options().stream().filter(o -> o.value().equals(value)).map(QuestionOption::label).findFirst().orElse(value);
    }
}
