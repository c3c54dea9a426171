package org.decompress.rulebook.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.decompress.problem.StrictJson;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Question;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.QuestionType;
import org.decompress.questionnaire.Questionnaire;

/**
 * What the people of one kind of change have in common in their answers, and the rest of the people
 * compared do not: one sentence in the questionnaire's own words, for example
 * {@code All 47 ticked “Steroid tablets ...” and none ticked “Osteoporosis (thin bones)”}. Only what a
 * group this size would rarely share by chance is said (at most {@value #CLAUSES} things): first what
 * concerns the answers the edited rules name, then the rarest; each next clause is chosen among the
 * people who share the ones before it.
 */
final class CommonAnswers {

    static final int CLAUSES = 3;
    /** The fewest people for whom a shared range of a number (ages 43 to 48) is said. */
    static final int RANGES_FROM = 10;
    /** A clause is said only when this few of groups this size drawn from the people would share it by chance. */
    static final double BY_CHANCE = 0.05;
    private static final ObjectMapper ANSWERS = StrictJson.mapper();

    /** Something an answer set says or does not, as a clause that reads after "All 47" or on its own. */
    private record Fact(String value, String clause) {
    }

    /** A person's answers as the facts they hold and their whole numbers by question. */
    private record Profile(BitSet facts, Map<String, Integer> numbers) {
    }

    private final Questionnaire questionnaire;
    private final java.util.Set<String> mentioned;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Answers, Profile> profiles = new IdentityHashMap<>();
    private final List<Profile> everyone = new ArrayList<>();

    /** {@code mentioned}: the answer values (such as {@code LONG_TERM_STEROIDS}) that the edited rules name; what they say comes first. */
    CommonAnswers(Questionnaire questionnaire, List<Answers> population, java.util.Set<String> mentioned) {
        this.questionnaire = questionnaire;
        this.mentioned = java.util.Set.copyOf(mentioned);
        population.forEach(a -> everyone.add(profile(a)));
    }

    /** The sentence for these people (of the population), or null when they are one person or share nothing that sets them apart. */
    String of(List<Answers> group) {
        List<Profile> members = group.stream().map(this::profile).toList();
        int n = members.size();
        if (n < 2) {
            return null;
        }
        List<Profile> alike = everyone;
        List<String> clauses = new ArrayList<>();
        List<Candidate> candidates = candidates(members);
        while (clauses.size() < CLAUSES) {
            Candidate best = null;
            double bestShare = 1;
            for (Candidate c : candidates) {
                double share = (double) alike.stream().filter(c::holds).count() / alike.size();
                boolean telling = Math.pow(share, n) < BY_CHANCE;
                boolean better = best == null || c.mentioned() && !best.mentioned() || c.mentioned() == best.mentioned()
                        && (share < bestShare || share == bestShare && c.clause().startsWith("all ") && !best.clause().startsWith("all "));
                if (telling && better) {
                    best = c;
                    bestShare = share;
                }
            }
            if (best == null) {
                break;
            }
            Candidate chosen = best;
            clauses.add(chosen.clause());
            alike = alike.stream().filter(chosen::holds).toList();
            candidates.remove(chosen);
        }
        bounds(clauses);
        if (clauses.isEmpty()) {
            return null;
        }
        String first = clauses.get(0);
        first = first.startsWith("none ") ? "None of the " + n + first.substring("none".length()) : "All " + n + first.substring("all".length());
        clauses.set(0, first);
        return clauses.size() == 1 ? first + "." : String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1) + ".";
    }

    /** A test on a person's answers that every member passes. */
    private interface Candidate {
        boolean holds(Profile p);

        String clause();

        default boolean mentioned() {
            return false;
        }
    }

    private record HasFact(int fact, String clause, boolean mentioned) implements Candidate {
        public boolean holds(Profile p) {
            return p.facts().get(fact);
        }
    }

    /** "with 43 years or more" and "with 48 years or less" of one question as "with 43 to 48 years" (or "with 2"). */
    private static void bounds(List<String> clauses) {
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = 0; j < clauses.size(); j++) {
                java.util.regex.Matcher low = java.util.regex.Pattern.compile("(.*” with )(\\d+)(.*) or more").matcher(clauses.get(i));
                java.util.regex.Matcher high = java.util.regex.Pattern.compile("(.*” with )(\\d+)(.*) or less").matcher(clauses.get(j));
                if (i != j && low.matches() && high.matches() && low.group(1).equals(high.group(1))) {
                    String range = low.group(2).equals(high.group(2)) ? low.group(2) : low.group(2) + " to " + high.group(2);
                    clauses.set(Math.min(i, j), low.group(1) + range + low.group(3));
                    clauses.remove(Math.max(i, j));
                    return;
                }
            }
        }
    }

    private record AtLeast(String question, int value, String clause) implements Candidate {
        public boolean holds(Profile p) {
            Integer number = p.numbers().get(question);
            return number != null && number >= value;
        }
    }

    private record AtMost(String question, int value, String clause) implements Candidate {
        public boolean holds(Profile p) {
            Integer number = p.numbers().get(question);
            return number != null && number <= value;
        }
    }

    private List<Candidate> candidates(List<Profile> members) {
        List<Candidate> candidates = new ArrayList<>();
        BitSet shared = (BitSet) members.get(0).facts().clone();
        members.forEach(m -> shared.and(m.facts()));
        shared.stream().forEach(f -> candidates.add(new HasFact(f, facts.get(f).clause(), mentioned.contains(facts.get(f).value()))));
        for (Question q : questionnaire.questions()) {
            // A range is fitted to the group itself, so a few people always seem to share a narrow one.
            if (members.size() < RANGES_FROM || q.type() != QuestionType.INTEGER || members.stream().anyMatch(m -> !m.numbers().containsKey(q.id()))) {
                continue;
            }
            int low = members.stream().mapToInt(m -> m.numbers().get(q.id())).min().orElseThrow();
            int high = members.stream().mapToInt(m -> m.numbers().get(q.id())).max().orElseThrow();
            String unit = q.unit() == null ? "" : " " + q.unit();
            candidates.add(new AtLeast(q.id(), low, "all answered “" + q.text() + "” with " + low + unit + " or more"));
            candidates.add(new AtMost(q.id(), high, "all answered “" + q.text() + "” with " + high + unit + " or less"));
        }
        return candidates;
    }

    private Profile profile(Answers answers) {
        return profiles.computeIfAbsent(answers, this::read);
    }

    private Profile read(Answers answers) {
        JsonNode tree = ANSWERS.valueToTree(answers);
        BitSet held = new BitSet();
        Map<String, Integer> numbers = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            JsonNode value = tree.get(q.id());
            boolean missing = value == null || value.isNull();
            if (missing && q.defaultValue() != null) {
                value = ANSWERS.valueToTree(q.defaultValue());
                missing = false;
            }
            if (missing && q.id().equals("legSymptoms") && answers.painIntoLeg() != null) {
                continue; // answered the first version's way (painIntoLeg), which does not tell one leg from both
            }
            String question = "“" + q.text() + "”";
            switch (q.type()) {
                case MULTI_CHOICE -> {
                    List<String> ticked = new ArrayList<>();
                    if (!missing) {
                        value.forEach(v -> ticked.add(v.asText()));
                    }
                    for (QuestionOption option : q.options()) {
                        boolean has = ticked.contains(option.value());
                        held.set(fact(q.id() + "=" + option.value() + "=" + has, option.value(), (has ? "all ticked “" : "none ticked “") + option.label() + "”"));
                    }
                    if (ticked.isEmpty()) {
                        held.set(fact(q.id() + "=none", "", "none ticked anything for " + question));
                    }
                }
                case SINGLE_CHOICE, BOOLEAN -> held.set(missing ? fact(q.id() + "=", "", "none answered " + question)
                        : fact(q.id() + "=" + value.asText(), value.asText(), "all answered " + question + " with “" + label(q, value) + "”"));
                case INTEGER -> {
                    if (missing) {
                        held.set(fact(q.id() + "=", "", "none answered " + question));
                    } else {
                        numbers.put(q.id(), value.asInt());
                    }
                }
            }
        }
        boolean checkedIn = !answers.checkInsOrEmpty().isEmpty();
        held.set(fact("checkIns=" + checkedIn, "", checkedIn ? "all came back with check-ins" : "none had checked in yet"));
        return new Profile(held, numbers);
    }

    private static String label(Question q, JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        return q.options() == null ? value.asText()
                : q.options().stream().filter(o -> Objects.equals(o.value(), value.asText())).map(QuestionOption::label).findFirst().orElse(value.asText());
    }

    private int fact(String key, String value, String clause) {
        return index.computeIfAbsent(key, k -> {
            facts.add(new Fact(value, clause));
            return facts.size() - 1;
        });
    }
}
