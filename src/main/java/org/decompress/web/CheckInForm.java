package org.decompress.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.decompress.problem.FieldProblem;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;

/**
 * The "How did it go?" form under a plan, as a plain GET: its fields become one new check-in,
 * added after those the link already carries. Field names start with {@code n} so that they never
 * meet a question's id.
 */
final class CheckInForm {

    static final String WEEK = "nWeek";
    static final String PAIN = "nPain";
    static final String SESSIONS = "nSessions";
    static final String MORNING = "nMorning";
    static final String LEGS = "nLegs";
    static final String OVERALL = "nOverall";
    static final String EXERCISE = "nEx";
    static final String RATING = "nRate";
    /** Red flags ticked at the check-in: they join the answers' red flags, which hold at every check-in. */
    static final String FLAGS = "nFlags";
    static final int MAX_EXERCISES = 16;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** The questions as the form asks them: a problem names the question, not the field. */
    private static final Map<String, String> LABELS = Map.of(
            WEEK, "Weeks since your first plan",
            PAIN, "Back pain now",
            SESSIONS, "Sessions a week",
            MORNING, "The morning after exercising",
            LEGS, "Pain or tingling spreading down a leg",
            OVERALL, "All in all, your back is");
    private static final List<String> FIELDS = List.of(WEEK, PAIN, SESSIONS, MORNING, LEGS, OVERALL, FLAGS);

    private CheckInForm() {
    }

    /** Whether a query parameter belongs to the check-ins rather than to the questionnaire. */
    static boolean owns(String name) {
        return name.equals(CheckInCodec.PARAMETER) || FIELDS.contains(name)
                || name.matches("(" + EXERCISE + "|" + RATING + ")\\d{1,2}");
    }

    static boolean present(Map<String, List<String>> values) {
        return values.keySet().stream().anyMatch(name -> owns(name) && !name.equals(CheckInCodec.PARAMETER));
    }

    /** The new check-in, or the problems of its fields (named as the form names them). */
    static Optional<CheckIn> read(Map<String, List<String>> values, List<FieldProblem> problems) {
        int before = problems.size();
        Integer week = number(values, WEEK, problems);
        Integer pain = number(values, PAIN, problems);
        Integer sessions = number(values, SESSIONS, problems);
        Boolean morning = yesNo(values, MORNING, problems);
        Boolean legs = yesNo(values, LEGS, problems);
        Overall overall = choice(values, OVERALL, Overall.class, problems);
        List<ExerciseCheck> exercises = new ArrayList<>();
        for (int i = 0; i < MAX_EXERCISES; i++) {
            String exercise = first(values, EXERCISE + i);
            if (exercise == null) {
                continue;
            }
            Rating rating = choice(values, RATING + i, Rating.class, problems);
            if (rating != null) {
                Optional<ExerciseCheck> done = CheckInCodec.exercise(exercise, rating);
                if (done.isPresent()) {
                    exercises.add(done.get());
                } else {
                    problems.add(new FieldProblem(EXERCISE + i, "is not an exercise of your plan"));
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn(week, pain, sessions, morning, legs, overall, List.copyOf(exercises)));
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? null : given.get(0);
    }

    private static Integer number(Map<String, List<String>> values, String name, List<FieldProblem> problems) {
        String value = first(values, name);
        if (value == null || !NUMBER.matcher(value).matches()) {
            problems.add(new FieldProblem(label(name), value == null ? "please answer this" : "must be a whole number"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Boolean yesNo(Map<String, List<String>> values, String name, List<FieldProblem> problems) {
        String value = first(values, name);
        if (!"true".equals(value) && !"false".equals(value)) {
            problems.add(new FieldProblem(label(name), "please answer yes or no"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> values, String name, Class<E> type, List<FieldProblem> problems) {
        String value = first(values, name);
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        problems.add(new FieldProblem(label(name), "please choose one"));
        return null;
    }

    private static String label(String name) {
        return name.startsWith(RATING) ? "Exercise " + (Integer.parseInt(name.substring(RATING.length())) + 1) : LABELS.getOrDefault(name, name);
    }
}
