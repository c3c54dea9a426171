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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.decompress.language.Markup;
import org.decompress.language.Language;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.rulebook.RuleSet;
import org.decompress.web.AnswersForm;

/**
 * The comparison for a reviewer: {@code report.html} (every kind of change with three of its people,
 * their answers in words, the plan before and after side by side, a link to their plan page; broken
 * invariants first, in red) and the same data as {@code report.json}. In English: it is for clinicians.
 */
final class ImpactReport {

    static final int EXAMPLES = 3;
    static final String SERVICE = "http://localhost:8080";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper ANSWERS = StrictJson.mapper();

    private ImpactReport() {
    }

    /** One person as the report shows them. */
    record Example(String person, List<String> answers, String link, PlanSummary before, PlanSummary after, List<String> brokenBefore,
            List<String> brokenAfter) {
    }

    /** A plan in one line per item. */
    record PlanSummary(String status, List<String> exercises, int ruledOut, int warnings, int notes, String fault) {
    }

    record GroupReport(int count, String change, String because, List<Example> examples) {
    }

    static void write(RuleImpact.Result result, RuleSet before, RuleSet after, Path folder) throws IOException {
        Files.createDirectories(folder);
        Questionnaire questionnaire = after.questionnaire();
        Language english = new Language("en", Locale.ENGLISH, "English", true);
        List<GroupReport> groups = new ArrayList<>();
        for (RuleImpact.Group group : result.groups()) {
            List<Example> examples = group.people().stream().limit(EXAMPLES).map(c -> example(c, questionnaire, english)).toList();
            groups.add(new GroupReport(group.people().size(), group.description(), group.explanation(), examples));
        }
        List<Example> broken = result.compared().stream().filter(c -> !c.brokenAfter().isEmpty() || !c.brokenBefore().isEmpty())
                .limit(20).map(c -> example(c, questionnaire, english)).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("base", result.base());
        report.put("head", result.head());
        report.put("summary", result.summary());
        report.put("summaryLine", result.summary().line());
        report.put("editedRules", result.editedRules());
        report.put("invariantsBroken", broken);
        report.put("changes", groups);
        report.put("scenarioFailures", result.scenarioFailures());
        JSON.writeValue(folder.resolve("report.json").toFile(), report);
        Files.writeString(folder.resolve("report.html"), html(result, groups, broken), StandardCharsets.UTF_8);
    }

    private static Example example(RuleImpact.Compared c, Questionnaire questionnaire, Language english) {
        Answers answers = c.person().answers();
        return new Example(c.person().label(), inWords(answers, questionnaire), SERVICE + AnswersForm.linkOf(answers, questionnaire, ANSWERS, english),
                summary(c.before()), summary(c.after()), c.brokenBefore(), c.brokenAfter());
    }

    private static PlanSummary summary(Side side) {
        if (side.failed()) {
            return new PlanSummary("a rule failed", List.of(), 0, 0, 0, side.fault());
        }
        Plan plan = side.plan();
        String status = plan.status() == PlanStatus.REFER ? "Refer: " + plan.referral().urgency().name().toLowerCase(Locale.ROOT) : "Plan";
        List<String> exercises = plan.exercises().stream().map(ImpactReport::line).toList();
        return new PlanSummary(status, exercises, plan.excluded().size(), plan.warnings().size(), plan.notes().size(), null);
    }

    private static String line(PlanExercise e) {
        StringBuilder line = new StringBuilder(e.id());
        if (e.variant() != null) {
            line.append(" (").append(e.variant()).append(')');
        }
        line.append(", step ").append(e.step());
        if (e.change() != null && e.change() != org.decompress.recommendation.Change.NEW) {
            line.append(", ").append(e.change().name().toLowerCase(Locale.ROOT));
        }
        if (e.cooldown() != null && e.cooldown().variant() != null) {
            line.append("; cooldown ").append(e.cooldown().variant());
        }
        return line.toString();
    }

    /** The answers a person gave that differ from the questionnaire's defaults, as "question: answer". */
    static List<String> inWords(Answers answers, Questionnaire questionnaire) {
        JsonNode tree = ANSWERS.valueToTree(answers);
        List<String> said = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            JsonNode value = tree.get(question.id());
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
                        + String.join(", ", checkIn.exercises().stream().map(x -> x.id() + (x.variant() == null ? "" : " (" + x.variant() + ")")
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

    private static String html(RuleImpact.Result result, List<GroupReport> groups, List<Example> broken) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Rule impact: ").append(Markup.escaped(result.head())).append(" against ").append(Markup.escaped(result.base())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1f24;line-height:1.45;max-width:80rem}")
                .append("h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}.summary{font-size:1.1rem;font-weight:600}")
                .append(".broken{border:3px solid #b3261e;padding:0.5rem 1rem;background:#fdecea}.broken h2{color:#b3261e}")
                .append(".group{border-top:2px solid #b8c2cc;margin-top:1.5rem;padding-top:0.5rem}.because{color:#4a5561}")
                .append("table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}th,td{border:1px solid #b8c2cc;padding:0.35rem 0.5rem;")
                .append("vertical-align:top;text-align:left}th{background:#f2f5f8}ul{margin:0;padding-left:1.1rem}.bad{color:#b3261e;font-weight:600}")
                .append("code{font-size:0.9em}</style></head><body>\n");
        h.append("<h1>Rule impact: ").append(Markup.escaped(result.head())).append(" against ").append(Markup.escaped(result.base())).append("</h1>\n");
        h.append("<p class=\"summary\">").append(Markup.escaped(result.summary().line())).append("</p>\n");
        if (!result.editedRules().isEmpty()) {
            h.append("<p>Rules edited: ");
            List<String> edits = new ArrayList<>();
            result.editedRules().forEach((rule, how) -> edits.add("<q>" + Markup.escaped(rule) + "</q> " + Markup.escaped(how)));
            h.append(String.join("; ", edits)).append(".</p>\n");
        }
        if (!broken.isEmpty()) {
            h.append("<section class=\"broken\"><h2>Invariants broken (").append(result.summary().brokenAfter()).append(" plans with the edit, ")
                    .append(result.summary().brokenBefore()).append(" before it)</h2>\n<p>No ruled-out exercise in a plan, the cooldown after every ")
                    .append("exercise, the disclaimers, a red flag always refers, what hurt never returns, no rule fails.</p>\n");
            broken.forEach(e -> example(h, e));
            h.append("</section>\n");
        }
        h.append("<h2>What changes (").append(groups.size()).append(" kinds)</h2>\n");
        if (groups.isEmpty()) {
            h.append("<p>No plan changes.</p>\n");
        }
        for (GroupReport g : groups) {
            h.append("<section class=\"group\"><h3>").append(String.format("%,d", g.count())).append(g.count() == 1 ? " plan: " : " plans: ")
                    .append(Markup.escaped(g.change())).append("</h3><p class=\"because\">").append(Markup.escaped(g.because())).append("</p>\n");
            g.examples().forEach(e -> example(h, e));
            h.append("</section>\n");
        }
        h.append("<h2>Scenario cases that fail (").append(result.scenarioFailures().size()).append(")</h2>\n");
        if (result.scenarioFailures().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<ul>");
            for (RuleImpact.ScenarioFailure f : result.scenarioFailures()) {
                h.append("<li><code>").append(Markup.escaped(f.path())).append("</code> ").append(Markup.escaped(f.title()))
                        .append(f.failedBefore() ? " (failed before the edit too)" : "").append("<ul>");
                f.failures().forEach(x -> h.append("<li>").append(Markup.escaped(x)).append("</li>"));
                h.append("</ul></li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void example(StringBuilder h, Example e) {
        h.append("<table><caption>").append(Markup.escaped(e.person())).append(": <a href=\"").append(Markup.escaped(e.link())).append("\">open this plan</a></caption>")
                .append("<tr><th scope=\"col\">Answers</th><th scope=\"col\">Before</th><th scope=\"col\">With the edit</th></tr><tr><td><ul>");
        e.answers().forEach(a -> h.append("<li>").append(Markup.escaped(a)).append("</li>"));
        h.append("</ul></td><td>");
        plan(h, e.before(), e.brokenBefore());
        h.append("</td><td>");
        plan(h, e.after(), e.brokenAfter());
        h.append("</td></tr></table>\n");
    }

    private static void plan(StringBuilder h, PlanSummary p, List<String> broken) {
        h.append("<strong>").append(Markup.escaped(p.status())).append("</strong>");
        if (p.fault() != null) {
            h.append("<p class=\"bad\">").append(Markup.escaped(p.fault())).append("</p>");
        }
        if (!p.exercises().isEmpty()) {
            h.append("<ol>");
            p.exercises().forEach(x -> h.append("<li>").append(Markup.escaped(x)).append("</li>"));
            h.append("</ol>");
        }
        h.append("<p>").append(p.ruledOut()).append(" ruled out, ").append(p.warnings()).append(" warnings, ").append(p.notes()).append(" notes</p>");
        broken.forEach(b -> h.append("<p class=\"bad\">").append(Markup.escaped(b)).append("</p>"));
    }
}
