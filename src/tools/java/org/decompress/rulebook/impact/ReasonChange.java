package org.decompress.rulebook.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.decompress.plan.ExcludedExercise;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanExercise;
import org.decompress.plan.RuleReason;

/**
 * Reasons a plan gives that read differently with the edit: why an exercise is in the plan, why one is
 * ruled out, why its cooldown takes a form, the referral's reasons, the warnings and notes. {@code before}
 * holds the reasons only the plan before the edit gives, {@code after} those only the plan with it
 * gives (the rules' names; when the same rules give other words, the words); items whose reasons
 * changed alike are said together.
 */
record ReasonChange(String what, List<String> before, List<String> after) {

    /** Every reason that differs between the two plans, for the items both have. */
    static List<ReasonChange> between(Side a, Side b) {
        if (a.failed() || b.failed()) {
            return List.of();
        }
        Plan was = a.plan();
        Plan now = b.plan();
        List<ReasonChange> changes = new ArrayList<>();
        for (PlanExercise x : now.exercises()) {
            was.exercises().stream().filter(e -> e.id().equals(x.id())).findFirst().ifPresent(e -> {
                add(changes, "Why " + x.name(), e.reasons(), x.reasons());
                if (e.cooldown() != null && x.cooldown() != null) {
                    add(changes, "The form of the cooldown after " + x.name(), e.cooldown().reasons(), x.cooldown().reasons());
                }
            });
        }
        for (ExcludedExercise x : now.excluded()) {
            was.excluded().stream().filter(e -> e.id().equals(x.id())).findFirst()
                    .ifPresent(e -> add(changes, "Why " + x.name() + " is ruled out", e.reasons(), x.reasons()));
        }
        if (was.referral() != null && now.referral() != null) {
            add(changes, "Why the referral", was.referral().reasons(), now.referral().reasons());
        }
        add(changes, "Warnings", was.warnings(), now.warnings());
        add(changes, "Notes", was.notes(), now.notes());
        return merged(changes);
    }

    /**
     * The same change of reasons for several items said once: what = "Why Knees to chest, Child's pose
     * is ruled out", each side only the reasons the other lacks (the rest stay as they were).
     */
    static List<ReasonChange> merged(List<ReasonChange> changes) {
        java.util.Map<List<List<String>>, List<String>> items = new java.util.LinkedHashMap<>();
        for (ReasonChange c : changes) {
            List<String> gone = c.before().stream().filter(r -> !c.after().contains(r)).toList();
            List<String> added = c.after().stream().filter(r -> !c.before().contains(r)).toList();
            items.computeIfAbsent(List.of(gone, added), k -> new ArrayList<>()).add(c.what());
        }
        List<ReasonChange> merged = new ArrayList<>();
        items.forEach((diff, whats) -> merged.add(new ReasonChange(together(whats), diff.get(0), diff.get(1))));
        return merged;
    }

    /** "Why A is ruled out", "Why B is ruled out" as "Why A and B are ruled out". */
    private static String together(List<String> whats) {
        if (whats.size() == 1) {
            return whats.get(0);
        }
        String suffix = " is ruled out";
        if (whats.stream().allMatch(w -> w.startsWith("Why ") && w.endsWith(suffix))) {
            List<String> names = whats.stream().map(w -> w.substring(4, w.length() - suffix.length())).toList();
            return "Why " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + " are ruled out";
        }
        return String.join("; ", whats);
    }

    private static void add(List<ReasonChange> changes, String what, List<RuleReason> before, List<RuleReason> after) {
        if (before.equals(after)) {
            return;
        }
        Function<RuleReason, String> shown = before.stream().map(RuleReason::rule).toList().equals(after.stream().map(RuleReason::rule).toList())
                ? r -> r.rule() + ": " + r.text() : RuleReason::rule;
        changes.add(new ReasonChange(what, before.stream().map(shown).toList(), after.stream().map(shown).toList()));
    }
}
