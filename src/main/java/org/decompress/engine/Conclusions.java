package org.decompress.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a rule concludes, in plain words, read from what its consequence inserts: the rules speak in
 * a handful of result facts ({@code RuleOut}, {@code Favour}, {@code ReferralReason}...), so a sentence
 * per kind of fact says what the rule does, with its traits, points and urgency filled in.
 */
final class Conclusions {

    private static final Pattern TRAITS = Pattern.compile("Trait\\.([A-Z_]+)");
    private static final Pattern URGENCY = Pattern.compile("Urgency\\.([A-Z]+)");
    private static final Pattern CHANGE = Pattern.compile("Change\\.([A-Z]+)");
    private static final Pattern POINTS = Pattern.compile("Favour\\.anyOf\\([^,]+,\\s*(\\d+)");
    private static final Pattern INSERT = Pattern.compile("insert\\((.*)\\);");

    private Conclusions() {
    }

    static List<String> of(String consequence) {
        List<String> said = new ArrayList<>();
        for (String line : consequence.split("\n")) {
            Matcher insert = INSERT.matcher(line.trim());
            if (insert.find()) {
                said.add(of1(insert.group(1)));
            } else if (line.trim().startsWith("delete($exercises")) {
                said.add("withdraws every exercise: no later rule can put one in the plan");
            }
        }
        return List.copyOf(said);
    }

    private static String of1(String fact) {
        if (fact.startsWith("RuleOut.anyOf(")) {
            return "rules out every exercise form that is " + traits(fact, " or ");
        }
        if (fact.startsWith("RuleOut.allOf(")) {
            return "rules out every exercise form that is " + traits(fact, " and ");
        }
        if (fact.startsWith("RuleOut.needingAnyOf(")) {
            return "rules out every exercise form that needs equipment the person does not have";
        }
        if (fact.startsWith("RuleOut.exercise(")) {
            return "rules out the exercise the person reported, in every form";
        }
        if (fact.startsWith("RuleOut.otherFormsThan(")) {
            return "rules out every form of the exercise but its gentle one";
        }
        if (fact.startsWith("Favour.anyOf(")) {
            Matcher points = POINTS.matcher(fact);
            return "favours exercise forms that are " + traits(fact, " or ") + (points.find() ? " (+" + points.group(1) + " points)" : "");
        }
        if (fact.startsWith("new ReferralReason(")) {
            return "refers the person instead of exercising: " + urgency(fact);
        }
        if (fact.startsWith("new Referral(")) {
            return "sums up the referral: " + urgency(fact);
        }
        if (fact.contains(".reporting(Condition.")) {
            Matcher condition = Pattern.compile("Condition\\.([A-Z_]+)").matcher(fact);
            return "reads the answers as reporting " + (condition.find() ? condition.group(1).toLowerCase(Locale.ROOT).replace('_', ' ') : "a condition");
        }
        if (fact.startsWith("Pregnancy.at(")) {
            return "reads the weeks of pregnancy as they stand now";
        }
        if (fact.startsWith("new Candidate(")) {
            return "makes an exercise form a candidate";
        }
        if (fact.startsWith("new PlanSize(")) {
            return "sets how many exercises the plan holds";
        }
        if (fact.startsWith("new Choice(")) {
            return "chooses an exercise for the plan";
        }
        if (fact.startsWith("new Reason(") || fact.startsWith("Reason.around(")) {
            return "says why an exercise is in the plan, or in its form";
        }
        if (fact.startsWith("new Caution(")) {
            return "adds a caution to an exercise";
        }
        if (fact.startsWith("new Cooldown(")) {
            return "puts the cooldown, in its first safe form, after an exercise";
        }
        if (fact.startsWith("new Disclaimer(")) {
            return "adds a disclaimer";
        }
        if (fact.startsWith("new Warning(")) {
            return "adds a warning: signs that mean stop and get help";
        }
        if (fact.startsWith("new Note(")) {
            return "adds a note to the plan";
        }
        if (fact.startsWith("new FollowUpAdvice(")) {
            return "advises about the course";
        }
        if (fact.startsWith("new StepProposal(")) {
            return "proposes " + change(fact) + " for an exercise";
        }
        if (fact.startsWith("new StepHold(") || fact.startsWith("StepHold.forAll(")) {
            return fact.startsWith("StepHold.forAll(") ? "holds every exercise at its step" : "holds an exercise at its step";
        }
        if (fact.startsWith("new Dosing(")) {
            return "sets an exercise's step: " + change(fact);
        }
        return "inserts " + fact.replaceAll("\\(.*", "").replace("new ", "a ");
    }

    private static String traits(String fact, String joiner) {
        List<String> names = new ArrayList<>();
        Matcher trait = TRAITS.matcher(fact);
        while (trait.find()) {
            names.add(trait.group(1).toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return names.isEmpty() ? "(traits named at run time)" : String.join(joiner, names);
    }

    private static String urgency(String fact) {
        Matcher urgency = URGENCY.matcher(fact);
        if (!urgency.find()) {
            return "an urgency named at run time";
        }
        return switch (urgency.group(1)) {
            case "EMERGENCY" -> "emergency, get medical help now";
            case "URGENT" -> "urgent, see a doctor today";
            case "SOON" -> "see a doctor in the next few days";
            case "ROUTINE" -> "see a physiotherapist";
            default -> urgency.group(1).toLowerCase(Locale.ROOT);
        };
    }

    private static String change(String fact) {
        Matcher change = CHANGE.matcher(fact);
        if (!change.find()) {
            return "the step another rule proposed or held";
        }
        return switch (change.group(1)) {
            case "UP" -> "one step up";
            case "DOWN" -> "one step down";
            case "SAME" -> "the same step";
            case "NEW" -> "new, at its first step";
            case "REPLACED" -> "in place of an exercise that left, at its first step";
            default -> Arrays.stream(change.group(1).split("_")).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        };
    }
}
