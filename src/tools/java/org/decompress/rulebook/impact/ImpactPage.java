package org.decompress.rulebook.impact;

import java.util.ArrayList;
import java.util.List;
import org.decompress.language.Markup;
import org.decompress.rulebook.impact.ImpactReport.CaseReport;
import org.decompress.rulebook.impact.ImpactReport.Example;
import org.decompress.rulebook.impact.ImpactReport.GroupReport;
import org.decompress.rulebook.impact.ImpactReport.PlanSummary;

/**
 * {@code report.html}, one file with no script and nothing fetched: what needs a decision first (broken
 * invariants, referral changes), then the failing scenario cases, then the other kinds of change.
 */
final class ImpactPage {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1f24;line-height:1.45;max-width:80rem}"
            + "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:0.3rem 0}.summary{font-size:1.1rem;font-weight:600}"
            + "nav ul{display:flex;flex-wrap:wrap;gap:0.4rem 1.5rem;list-style:none;padding:0}"
            + ".broken{border:3px solid #b3261e;padding:0.5rem 1rem;background:#fdecea}.broken h2{color:#b3261e}"
            + ".group,.case{border-top:2px solid #b8c2cc;margin-top:1.2rem;padding-top:0.4rem}.because{color:#4a5561;margin:0.2rem 0}"
            + ".common{margin:0.2rem 0}table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}"
            + "th,td{border:1px solid #b8c2cc;padding:0.35rem 0.5rem;vertical-align:top;text-align:left}th{background:#f2f5f8}"
            + "ul,ol{margin:0;padding-left:1.1rem}.bad{color:#b3261e;font-weight:600}del{color:#8a1c15}ins{color:#0b5d1e;text-decoration:none;font-weight:600}"
            + "caption{text-align:left;font-weight:600;padding:0.2rem 0}code{font-size:0.9em}details{margin:0.2rem 0}";

    private ImpactPage() {
    }

    static String html(RuleImpact.Result result, List<GroupReport> groups, List<Example> broken, List<CaseReport> cases) {
        List<GroupReport> referrals = groups.stream().filter(GroupReport::referral).toList();
        List<GroupReport> others = groups.stream().filter(g -> !g.referral()).toList();
        String title = "Rule impact: " + Markup.escaped(result.head()) + " against " + Markup.escaped(result.base());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(title).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(title).append("</h1>\n");
        h.append("<p class=\"summary\">").append(Markup.escaped(result.summary().line())).append("</p>\n");
        h.append("<p>Measured on generated answer sets (the golden sample, seeded check-in histories and the scenario kit), not on patients.</p>\n");
        if (!result.editedRules().isEmpty()) {
            List<String> edits = new ArrayList<>();
            result.editedRules().forEach((rule, how) -> edits.add("<q>" + Markup.escaped(rule) + "</q> " + Markup.escaped(how)));
            h.append("<p>Rules edited: ").append(String.join("; ", edits)).append(".</p>\n");
        }
        int otherPlans = others.stream().mapToInt(GroupReport::count).sum();
        h.append("<nav aria-label=\"Contents\"><ul>");
        if (!broken.isEmpty()) {
            h.append("<li><a href=\"#broken\">Invariants broken</a></li>");
        }
        h.append("<li><a href=\"#referrals\">Referral changes (").append(referrals.stream().mapToInt(GroupReport::count).sum()).append(" plans)</a></li>")
                .append("<li><a href=\"#scenarios\">Scenario cases that fail (").append(cases.size()).append(")</a></li>")
                .append("<li><a href=\"#changes\">Other changes (").append(others.size()).append(" kinds, ").append(String.format("%,d", otherPlans))
                .append(" plans)</a></li></ul></nav>\n");
        if (!broken.isEmpty()) {
            h.append("<section class=\"broken\" id=\"broken\"><h2>Invariants broken (").append(result.summary().brokenAfter()).append(" plans with the edit, ")
                    .append(result.summary().brokenBefore()).append(" before it)</h2>\n<p>No ruled-out exercise in a plan, the cooldown after every ")
                    .append("exercise, the disclaimers, a red flag always refers, what hurt never returns, no rule fails.</p>\n");
            broken.forEach(e -> example(h, e));
            h.append("</section>\n");
        }
        h.append("<section id=\"referrals\"><h2>Referral changes</h2>\n");
        if (referrals.isEmpty()) {
            h.append("<p>None: no plan becomes a referral, no referral becomes a plan, no referral changes its urgency.</p>\n");
        }
        referrals.forEach(g -> group(h, g));
        h.append("</section>\n<section id=\"scenarios\"><h2>Scenario cases that fail (").append(cases.size()).append(")</h2>\n");
        if (cases.isEmpty()) {
            h.append("<p>None.</p>\n");
        }
        cases.forEach(c -> scenario(h, c));
        h.append("</section>\n<section id=\"changes\"><h2>Other changes (").append(others.size()).append(" kinds)</h2>\n");
        if (others.isEmpty()) {
            h.append("<p>No other plan changes.</p>\n");
        }
        others.forEach(g -> group(h, g));
        return h.append("</section>\n</body></html>\n").toString();
    }

    private static void group(StringBuilder h, GroupReport g) {
        h.append("<section class=\"group\"><h3>").append(String.format("%,d", g.count())).append(g.count() == 1 ? " plan: " : " plans: ")
                .append(Markup.escaped(g.change())).append("</h3>\n");
        if (g.common() != null) {
            h.append("<p class=\"common\">").append(Markup.escaped(g.common())).append("</p>\n");
        }
        h.append("<p class=\"because\">Because: ").append(Markup.escaped(g.because())).append("</p>\n");
        if (!g.examples().isEmpty()) {
            example(h, g.examples().get(0));
        }
        if (g.examples().size() > 1) {
            h.append("<details><summary>").append(g.examples().size() - 1).append(g.examples().size() == 2 ? " more person" : " more people")
                    .append("</summary>\n");
            g.examples().stream().skip(1).forEach(e -> example(h, e));
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    private static void scenario(StringBuilder h, CaseReport c) {
        h.append("<section class=\"case\"><h3>").append(Markup.escaped(c.title())).append("</h3>\n<p><code>").append(Markup.escaped(c.path()))
                .append("</code>").append(c.failedBefore() ? " (it failed before the edit too)" : "").append("</p>\n");
        if (c.checks() != null) {
            h.append("<p>It checks: ").append(Markup.escaped(c.checks())).append("</p>\n");
        }
        h.append("<p>Expected, and not met with the edit:</p><ul>");
        c.unmet().forEach(u -> h.append("<li>").append(Markup.escaped(u)).append("</li>"));
        h.append("</ul>\n<table><tr><th scope=\"col\">What came back before the edit</th><th scope=\"col\">With the edit</th></tr><tr><td>");
        plan(h, c.before(), List.of());
        h.append("</td><td>");
        plan(h, c.after(), List.of());
        h.append("</td></tr></table></section>\n");
    }

    private static void example(StringBuilder h, Example e) {
        h.append("<table><caption>").append(Markup.escaped(e.person()));
        if (e.link() != null) {
            h.append(": <a href=\"").append(Markup.escaped(e.link())).append("\">open this plan</a>");
        }
        h.append("</caption><tr><th scope=\"col\">Answers</th><th scope=\"col\">Before</th><th scope=\"col\">With the edit</th></tr><tr><td><ul>");
        e.answers().forEach(a -> h.append("<li>").append(Markup.escaped(a)).append("</li>"));
        if (e.answers().isEmpty()) {
            h.append("<li>Nothing beyond the questionnaire's defaults</li>");
        }
        h.append("</ul></td><td>");
        plan(h, e.before(), e.brokenBefore());
        h.append("</td><td>");
        plan(h, e.after(), e.brokenAfter());
        h.append("</td></tr>");
        if (!e.reasons().isEmpty()) {
            h.append("<tr><th scope=\"colgroup\" colspan=\"3\">Reasons that changed (the others stay)</th></tr>");
            for (ReasonChange r : e.reasons()) {
                h.append("<tr><th scope=\"row\">").append(Markup.escaped(r.what())).append("</th><td>");
                reasons(h, r.before(), "del");
                h.append("</td><td>");
                reasons(h, r.after(), "ins");
                h.append("</td></tr>");
            }
        }
        h.append("</table>\n");
    }

    /** The reasons one side gives and the other does not: struck out before, marked new with the edit. */
    private static void reasons(StringBuilder h, List<String> these, String mark) {
        if (these.isEmpty()) {
            h.append(mark.equals("del") ? "none taken away" : "none added");
            return;
        }
        h.append("<ul>");
        these.forEach(r -> h.append("<li><").append(mark).append('>').append(Markup.escaped(r)).append("</").append(mark).append("></li>"));
        h.append("</ul>");
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
        if (!p.ruledOut().isEmpty()) {
            h.append("<details><summary>").append(p.ruledOut().size()).append(" ruled out</summary>")
                    .append(Markup.escaped(String.join(", ", p.ruledOut()))).append("</details>");
        }
        h.append("<p>").append(p.warnings()).append(" warnings, ").append(p.notes()).append(" notes</p>");
        broken.forEach(b -> h.append("<p class=\"bad\">").append(Markup.escaped(b)).append("</p>"));
    }
}
