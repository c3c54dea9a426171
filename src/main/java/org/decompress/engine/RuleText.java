package org.decompress.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decompress.language.ContentWords;
import org.decompress.language.Language;
import org.decompress.language.Wording;

/**
 * One rule as its {@code .drl} file writes it: its name, file and line, its stage ({@code ruleflow-group}),
 * the comment written above it (its source), what it concludes in plain words, and its whole text
 * (to tell whether an edit touched it). Read from the text, because comments do not reach the
 * compiled rule base.
 */
public record RuleText(String name, String file, int line, String stage, String source, List<String> sources, List<Conclusion> conclusions,
        String text) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STAGE = Pattern.compile("^\\s*ruleflow-group\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern SOURCES = Pattern.compile("^\\s*@sources\\(\"([^\"]*)\"\\)");

    /** Every rule of these files, in the files' order. */
    public static List<RuleText> of(List<RuleFile> files) {
        List<RuleText> rules = new ArrayList<>();
        for (RuleFile file : files) {
            rules.addAll(of(file));
        }
        return rules;
    }

    static List<RuleText> of(RuleFile file) {
        List<RuleText> rules = new ArrayList<>();
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (!rule.find()) {
                continue;
            }
            int end = i;
            while (end < lines.length - 1 && !END.matcher(lines[end]).matches()) {
                end++;
            }
            String stage = "";
            List<String> sources = List.of();
            StringBuilder then = new StringBuilder();
            boolean inThen = false;
            for (int j = i; j <= end; j++) {
                Matcher group = STAGE.matcher(lines[j]);
                if (group.find()) {
                    stage = group.group(1);
                }
                Matcher keys = SOURCES.matcher(lines[j]);
                if (keys.find()) {
                    sources = List.of(keys.group(1).trim().split("\\s+"));
                }
                if (lines[j].trim().equals("then")) {
                    inThen = true;
                } else if (inThen) {
                    then.append(lines[j]).append('\n');
                }
            }
            String name = rule.group(1).replace("\\\"", "\"");
            rules.add(new RuleText(name, file.path(), i + 1, stage, commentAbove(lines, i), sources, Conclusions.of(name, then.toString()),
                    String.join("\n", java.util.Arrays.copyOfRange(lines, i, end + 1))));
            i = end;
        }
        return rules;
    }

    /** What the rule concludes, each in plain words of this language: a clause the page ends ("rules out every exercise form that is done kneeling"). */
    public List<String> concludes(ContentWords words) {
        return conclusions.stream().map(c -> words.format(c.says())).toList();
    }

    /** The comment lines right above the rule (no blank line between), without their slashes. */
    private static String commentAbove(String[] lines, int rule) {
        List<String> comment = new ArrayList<>();
        for (int i = rule - 1; i >= 0 && lines[i].trim().startsWith("//"); i--) {
            comment.add(0, lines[i].trim().substring(2).trim());
        }
        return String.join(" ", comment).trim();
    }

    /** The id of a rule's entry in the rule book, for every link to it: {@code /rules#rule-knee-problem-no-kneeling}. */
    public static String anchor(String rule) {
        return "rule-" + Wording.slug(rule);
    }

    /** Where a rule's entry is in the rule book read in this language: {@code /rules?lang=es#rule-knee-problem-no-kneeling}. */
    public static String bookPath(String rule, Language language) {
        return "/rules?lang=" + language.tag() + "#" + anchor(rule);
    }

    /** Where a rule's entry is in the rule book in the reader's own language (their Accept-Language, else English): {@code /rules#rule-…}. */
    public static String bookPath(String rule) {
        return "/rules#" + anchor(rule);
    }
}
