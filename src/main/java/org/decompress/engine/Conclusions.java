package org.decompress.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import org.decompress.catalog.Trait;
import org.decompress.language.Wording;
import org.decompress.recommendation.Favour;
import org.decompress.recommendation.RuleOut;

/**
 * What a rule concludes, in plain words, read from what its consequence inserts: the rules speak in
 * a handful of result facts ({@code RuleOut}, {@code Favour}, {@code ReferralReason}...), so a sentence
 * per kind of fact says what the rule does, with its traits, points and urgency filled in.
 */
final class Conclusions {

    private static final Pattern TRAITS = Pattern.compile("Trait\\.([A-Z_]+)");
    private static final Pattern URGENCY = Pattern.compile("Urgency\\.([A-Z]+)");
    private static final Pattern CHANGE = Pattern.compile("Change\\.([A-Z]+)");
    private static final Pattern POINTS = Pattern.compile(",\\s*(\\d+)\\s*,");
    /** Facts that carry another rule's decision along: see {@link Conclusion#bookkeeping()}. */
    private static final List<String> BOOKKEEPING = List.of("new Referral(", "new Reason(", "Reason.around(", "new Candidate(", "new PlanSize(",
            "new Choice(");
    private static final Pattern INSERT = Pattern.compile("insert\\((.*)\\);");
    /** The facts said in one sentence of their own, by how the consequence builds them. */
    private static final Map<String, String> KINDS = kinds();

    private Conclusions() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("RuleOut.anyOf(", "rules-out-at-run-time");
        kinds.put("RuleOut.allOf(", "rules-out-at-run-time");
        kinds.put("RuleOut.needingAnyOf(", "rules-out-missing-equipment");
        kinds.put("RuleOut.exercise(", "rules-out-reported-exercise");
        kinds.put("RuleOut.otherFormsThan(", "rules-out-other-forms");
        kinds.put("Favour.anyOf(", "favours-at-run-time");
        kinds.put("Pregnancy.at(", "reads-pregnancy-weeks");
        kinds.put("new Candidate(", "makes-candidate");
        kinds.put("new PlanSize(", "sets-plan-size");
        kinds.put("new Choice(", "chooses");
        kinds.put("new Reason(", "says-why");
        kinds.put("Reason.around(", "says-why");
        kinds.put("new Caution(", "adds-caution");
        kinds.put("new Cooldown(", "puts-cooldown");
        kinds.put("new Disclaimer(", "adds-disclaimer");
        kinds.put("new Warning(", "adds-warning");
        kinds.put("new Note(", "adds-note");
        kinds.put("new FollowUpAdvice(", "advises-course");
        kinds.put("StepHold.forAll(", "holds-every-step");
        kinds.put("new StepHold(", "holds-a-step");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    static List<Conclusion> of(String rule, String consequence) {
        List<Conclusion> said = new ArrayList<>();
        for (String line : consequence.split("\n")) {
            Matcher insert = INSERT.matcher(line.trim());
            if (insert.find()) {
                said.add(of1(rule, insert.group(1)));
            } else if (line.trim().startsWith("delete($exercises")) {
                said.add(Conclusion.keeping(book("withdraws")));
            }
        }
        return List.copyOf(said);
    }

    /** A fact the text names its traits for, built as the rule builds it, so that the forms it reaches are decided by its own test. */
    private static Conclusion of1(String rule, String fact) {
        Set<Trait> traits = traitsOf(fact);
        if (!traits.isEmpty() && fact.startsWith("RuleOut.anyOf(")) {
            return Conclusion.rulingOut(book("rules-out").with("traits", phrase(traits, "or")), RuleOut.anyOf(traits, rule));
        }
        if (traits.size() > 1 && fact.startsWith("RuleOut.allOf(")) {
            return Conclusion.rulingOut(book("rules-out").with("traits", phrase(traits, "and")), RuleOut.allOf(traits, rule));
        }
        if (!traits.isEmpty() && fact.startsWith("Favour.anyOf(")) {
            Matcher points = POINTS.matcher(fact);
            int worth = points.find() ? Integer.parseInt(points.group(1)) : 0;
            Wording favours = book(worth == 0 ? "favours" : worth == 1 ? "favours-by-one-point" : "favours-by-points").with("traits", phrase(traits, "or"));
            return Conclusion.favouring(worth > 1 ? favours.with("points", worth) : favours, Favour.anyOf(traits, worth, rule));
        }
        Wording said = said(fact);
        return BOOKKEEPING.stream().anyMatch(fact::startsWith) ? Conclusion.keeping(said) : Conclusion.saying(said);
    }

    /** The words of the rule book's sentence of this name, in every language's rules file ({@code book.*}). */
    static Wording book(String name) {
        return Wording.ofRuleBook(name, null);
    }

    private static Wording said(String fact) {
        for (var kind : KINDS.entrySet()) {
            if (fact.startsWith(kind.getKey())) {
                return book(kind.getValue());
            }
        }
        if (fact.startsWith("new ReferralReason(")) {
            return book("refers").with("urgency", urgency(fact));
        }
        if (fact.startsWith("new Referral(")) {
            return book("sums-up-referral").with("urgency", urgency(fact));
        }
        if (fact.contains(".reporting(Condition.")) {
            Matcher condition = Pattern.compile("Condition\\.([A-Z_]+)").matcher(fact);
            return condition.find() ? book("reads-condition").with("condition", Wording.of("question.conditions.option." + condition.group(1)))
                    : book("reads-a-condition");
        }
        if (fact.startsWith("new StepProposal(")) {
            return book("proposes").with("change", change(fact));
        }
        if (fact.startsWith("new Dosing(")) {
            return book("sets-step").with("change", change(fact));
        }
        return book("inserts").with("fact", fact.replaceAll("\\(.*", "").replace("new ", ""));
    }

    private static Set<Trait> traitsOf(String fact) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        Matcher trait = TRAITS.matcher(fact);
        while (trait.find()) {
            traits.add(Trait.valueOf(trait.group(1)));
        }
        return traits;
    }

    /** "bends the lower back forward, bends it backward or draws the joints apart": each trait as what the form does. */
    private static Wording phrase(Set<Trait> traits, String joiner) {
        List<Wording> parts = traits.stream().map(Conclusions::does).toList();
        Wording listed = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            listed = i == parts.size() - 1 ? book(joiner).with("first", listed).with("last", parts.get(i))
                    : book("comma").with("first", listed).with("next", parts.get(i));
        }
        return listed;
    }

    /** What a form with this trait does or is, as the predicate of "every exercise form that ...": {@code book.trait.done-kneeling}. */
    static Wording does(Trait trait) {
        return book("trait." + trait.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Wording urgency(String fact) {
        Matcher urgency = URGENCY.matcher(fact);
        return book("urgency." + (urgency.find() ? urgency.group(1).toLowerCase(Locale.ROOT) : "at-run-time"));
    }

    private static Wording change(String fact) {
        Matcher change = CHANGE.matcher(fact);
        return book("change." + (change.find() ? change.group(1).toLowerCase(Locale.ROOT) : "at-run-time"));
    }
}
