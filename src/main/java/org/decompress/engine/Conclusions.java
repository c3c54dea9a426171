package org.decompress.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.decompress.catalog.Trait;
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

    private Conclusions() {
    }

    static List<Conclusion> of(String rule, String consequence) {
        List<Conclusion> said = new ArrayList<>();
        for (String line : consequence.split("\n")) {
            Matcher insert = INSERT.matcher(line.trim());
            if (insert.find()) {
                said.add(of1(rule, insert.group(1)));
            } else if (line.trim().startsWith("delete($exercises")) {
                said.add(Conclusion.keeping("withdraws every exercise: no later rule can put one in the plan"));
            }
        }
        return List.copyOf(said);
    }

    /** A fact the text names its traits for, built as the rule builds it, so that the forms it reaches are decided by its own test. */
    private static Conclusion of1(String rule, String fact) {
        Set<Trait> traits = traitsOf(fact);
        if (!traits.isEmpty() && fact.startsWith("RuleOut.anyOf(")) {
            return Conclusion.rulingOut("rules out every exercise form that " + phrase(traits, "or"), RuleOut.anyOf(traits, rule));
        }
        if (traits.size() > 1 && fact.startsWith("RuleOut.allOf(")) {
            return Conclusion.rulingOut("rules out every exercise form that " + phrase(traits, "and"), RuleOut.allOf(traits, rule));
        }
        if (!traits.isEmpty() && fact.startsWith("Favour.anyOf(")) {
            Matcher points = POINTS.matcher(fact);
            int worth = points.find() ? Integer.parseInt(points.group(1)) : 0;
            return Conclusion.favouring("favours every exercise form that " + phrase(traits, "or") + (worth > 0 ? " (+" + worth + (worth == 1 ? " point)" : " points)") : ""),
                    Favour.anyOf(traits, worth, rule));
        }
        String said = said(fact);
        return BOOKKEEPING.stream().anyMatch(fact::startsWith) ? Conclusion.keeping(said) : Conclusion.saying(said);
    }

    private static String said(String fact) {
        if (fact.startsWith("RuleOut.anyOf(") || fact.startsWith("RuleOut.allOf(")) {
            return "rules out every exercise form with the traits the rule names at run time";
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
            return "favours every exercise form with the traits the rule names at run time";
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

    private static Set<Trait> traitsOf(String fact) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        Matcher trait = TRAITS.matcher(fact);
        while (trait.find()) {
            traits.add(Trait.valueOf(trait.group(1)));
        }
        return traits;
    }

    /** "bends the lower back forward, bends it backward or draws the joints apart": each trait as what the form does. */
    private static String phrase(Set<Trait> traits, String joiner) {
        List<String> parts = traits.stream().map(Conclusions::does).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + joiner + " " + parts.get(parts.size() - 1);
    }

    /** What a form with this trait does or is, as the predicate of "every exercise form that ...". */
    static String does(Trait trait) {
        return switch (trait) {
            case LYING_ON_BACK -> "is done lying on the back";
            case FACE_DOWN -> "is done lying face down";
            case SITTING -> "is done sitting";
            case STANDING -> "is done standing";
            case HANGING -> "is done hanging";
            case ON_FLOOR -> "is done on the floor";
            case KNEELING -> "is done kneeling";
            case LOADS_ARMS -> "puts much of the body's weight through the arms";
            case NEEDS_BALANCE -> "needs balance without holding on to anything";
            case NEEDS_HELPER -> "needs a helper";
            case NEEDS_EQUIPMENT -> "needs equipment";
            case NEEDS_NO_EQUIPMENT -> "needs no equipment";
            case HEAD_DOWN -> "holds the body head down";
            case SUSPENDED -> "suspends the body";
            case INVERTED -> "turns the body upside down";
            case DEVICE -> "uses a bought decompression device";
            case FLEXION -> "bends the lower back forward";
            case EXTENSION -> "bends the lower back backward";
            case TRACTION -> "stretches the spine lengthwise";
            case SIDE_BEND -> "bends the lower back to the side";
            case NEUTRAL -> "keeps the lower back neutral";
            case FLATTENING -> "flattens the lower back";
            case GENTLE -> "is a gentle stretch";
            case MODERATE -> "is a moderate stretch";
            case STRONG -> "is a strong stretch";
            case HEAD_BELOW_HIPS -> "brings the head below the hips";
            case DEEP_HIP_FLEXION -> "bends a hip past a right angle";
            case LEG_ACROSS -> "brings a leg across the body";
            case PRESSES_BELLY -> "presses the belly onto something";
            case KNEES_TO_BELLY -> "draws both knees up against the belly";
            case ONE_LEG_STANDING -> "stands on one leg";
            case PULLS_ON_JOINTS -> "draws the joints apart";
            case LASTS_MINUTES -> "is kept up for minutes at a time";
            case TWISTS -> "twists the lower back one way and the other";
        };
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
