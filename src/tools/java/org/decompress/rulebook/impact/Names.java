package org.decompress.rulebook.impact;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The catalog's names of the exercises, as the compared plans give them, for the places that hold ids (check-ins, scenario expectations). */
record Names(Map<String, String> byId) {

    static final Names NONE = new Names(Map.of());

    /** Every name the plans of either side use, in plans and among the ruled out. */
    static Names of(List<RuleImpact.Compared> compared) {
        Map<String, String> names = new HashMap<>();
        compared.stream().flatMap(c -> Stream.of(c.before(), c.after())).filter(s -> !s.failed()).map(Side::plan).forEach(plan -> {
            plan.exercises().forEach(e -> names.putIfAbsent(e.id(), e.name()));
            plan.excluded().forEach(e -> names.putIfAbsent(e.id(), e.name()));
        });
        return new Names(Map.copyOf(names));
    }

    String of(String id) {
        return byId.getOrDefault(id, id);
    }

    /** The text with every exercise id that stands as a word replaced by the exercise's name. */
    String inText(String text) {
        if (byId.isEmpty()) {
            return text;
        }
        String ids = byId.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        Matcher m = Pattern.compile("(?<![\\w-])(" + ids + ")(?![\\w-])").matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(byId.get(r.group(1))));
    }
}
