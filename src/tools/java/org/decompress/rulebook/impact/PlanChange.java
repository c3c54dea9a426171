package org.decompress.rulebook.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.PlanStatus;

/**
 * How one person's plan changed between the two sides, in a clinician's words, exercises by their
 * catalog names ({@code Knees to chest added (first)}, {@code PLAN -> REFER (SOON)}), with the counts
 * the summary adds up.
 */
record PlanChange(List<String> changes, int added, int removed, boolean reordered, int doses, boolean referral, boolean wordsOnly) {

    static PlanChange between(Side before, Side after) {
        List<String> changes = new ArrayList<>();
        if (before.failed() || after.failed()) {
            if (!Objects.equals(before.fault(), after.fault())) {
                changes.add(after.failed() ? "a rule now fails" : "a rule no longer fails");
            }
            return new PlanChange(changes, 0, 0, false, 0, false, false);
        }
        Plan a = before.plan();
        Plan b = after.plan();
        boolean referral = false;
        if (a.status() != b.status()) {
            changes.add(statusOf(a) + " -> " + statusOf(b));
            referral = true;
        } else if (a.status() == PlanStatus.REFER && a.referral().urgency() != b.referral().urgency()) {
            changes.add("referral " + a.referral().urgency() + " -> " + b.referral().urgency());
            referral = true;
        }
        List<String> idsBefore = a.exercises().stream().map(PlanExercise::id).toList();
        List<String> idsAfter = b.exercises().stream().map(PlanExercise::id).toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        Stream.concat(a.exercises().stream(), b.exercises().stream()).forEach(e -> names.put(e.id(), e.name()));
        int added = 0;
        int removed = 0;
        int doses = 0;
        boolean reordered = false;
        if (a.status() == PlanStatus.PLAN && b.status() == PlanStatus.PLAN) {
            for (int i = 0; i < idsAfter.size(); i++) {
                if (!idsBefore.contains(idsAfter.get(i))) {
                    changes.add(names.get(idsAfter.get(i)) + " added (" + place(i) + ")");
                    added++;
                }
            }
            for (String id : idsBefore) {
                if (!idsAfter.contains(id)) {
                    changes.add(names.get(id) + " removed");
                    removed++;
                }
            }
            List<String> keptBefore = idsBefore.stream().filter(idsAfter::contains).toList();
            List<String> keptAfter = idsAfter.stream().filter(idsBefore::contains).toList();
            if (!keptBefore.equals(keptAfter)) {
                changes.add("reordered " + keptBefore.stream().map(names::get).toList() + " -> " + keptAfter.stream().map(names::get).toList());
                reordered = true;
            }
            for (PlanExercise x : b.exercises()) {
                PlanExercise was = a.exercises().stream().filter(e -> e.id().equals(x.id())).findFirst().orElse(null);
                if (was == null) {
                    continue;
                }
                if (!Objects.equals(was.variant(), x.variant())) {
                    changes.add(x.name() + " form " + formOf(was.variantName()) + " -> " + formOf(x.variantName()));
                }
                if (was.step() != x.step() || was.change() != x.change() || !Objects.equals(was.dose(), x.dose())) {
                    changes.add(x.name() + " dose " + doseOf(was) + " -> " + doseOf(x));
                    doses++;
                }
                String cooldownBefore = was.cooldown() == null ? "none" : formOf(was.cooldown().variantName());
                String cooldownAfter = x.cooldown() == null ? "none" : formOf(x.cooldown().variantName());
                if (!cooldownBefore.equals(cooldownAfter)) {
                    changes.add(x.name() + " cooldown " + cooldownBefore + " -> " + cooldownAfter);
                }
            }
        }
        boolean wordsOnly = changes.isEmpty() && !a.equals(b);
        if (wordsOnly) {
            changes.add(whatElse(a, b));
        }
        return new PlanChange(List.copyOf(changes), added, removed, reordered, doses, referral, wordsOnly);
    }

    boolean any() {
        return !changes.isEmpty();
    }

    String description() {
        return String.join(", ", changes);
    }

    /** What differs when the plan's exercises do not: what is ruled out, why, warnings, notes, words. */
    private static String whatElse(Plan a, Plan b) {
        List<String> was = a.excluded().stream().map(ExcludedExercise::name).toList();
        List<String> now = b.excluded().stream().map(ExcludedExercise::name).toList();
        List<String> differences = new ArrayList<>();
        was.stream().filter(name -> !now.contains(name)).forEach(name -> differences.add(name + " no longer ruled out"));
        now.stream().filter(name -> !was.contains(name)).forEach(name -> differences.add(name + " now ruled out"));
        if (differences.isEmpty() && !a.excluded().equals(b.excluded())) {
            b.excluded().stream().filter(x -> !a.excluded().contains(x)).forEach(x -> differences.add("why " + x.name() + " is ruled out"));
        }
        if (!a.warnings().equals(b.warnings())) {
            differences.add("warnings " + a.warnings().size() + " -> " + b.warnings().size());
        }
        if (!a.notes().equals(b.notes())) {
            differences.add("notes " + a.notes().size() + " -> " + b.notes().size());
        }
        if (differences.isEmpty()) {
            differences.add(reasonsOnly(a, b));
        }
        return String.join(", ", differences);
    }

    /** When only the reasons differ: their order (a favour's points rank them), or their rules or words. */
    private static String reasonsOnly(Plan a, Plan b) {
        boolean sameSets = a.exercises().size() == b.exercises().size();
        for (int i = 0; sameSets && i < a.exercises().size(); i++) {
            sameSets = new java.util.HashSet<>(a.exercises().get(i).reasons()).equals(new java.util.HashSet<>(b.exercises().get(i).reasons()));
        }
        return sameSets ? "the order of the reasons only" : "reasons or words only";
    }

    private static String statusOf(Plan plan) {
        return plan.status() == PlanStatus.REFER ? "REFER (" + plan.referral().urgency() + ")" : "PLAN";
    }

    private static String formOf(String variant) {
        return variant == null ? "plain" : variant;
    }

    private static String doseOf(PlanExercise e) {
        return "step " + e.step() + " " + e.change();
    }

    private static String place(int index) {
        return switch (index) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            default -> (index + 1) + "th";
        };
    }
}
