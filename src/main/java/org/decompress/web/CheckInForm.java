package org.decompress.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.decompress.language.Wording;
import org.decompress.problem.FieldIssue;
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
    static Optional<CheckIn> read(Map<String, List<String>> values, List<FieldIssue> problems) {
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
                    problems.add(FieldIssue.of(EXERCISE + i, "not-in-your-plan"));
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

    private static Integer number(Map<String, List<String>> values, String name, List<FieldIssue> problems) {
        String value = first(values, name);
        if (value == null || !NUMBER.matcher(value).matches()) {
            problems.add(FieldIssue.of(name, value == null ? "please-answer" : "whole-number"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Boolean yesNo(Map<String, List<String>> values, String name, List<FieldIssue> problems) {
        String value = first(values, name);
        if (!"true".equals(value) && !"false".equals(value)) {
            problems.add(FieldIssue.of(name, "please-yes-or-no"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> values, String name, Class<E> type, List<FieldIssue> problems) {
        String value = first(values, name);
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        problems.add(FieldIssue.of(name, "please-choose"));
        return null;
    }

    /** How a problem names one of the form's questions: its label, or "Exercise 2" for a rating. */
    static Wording label(String name) {
        if (name.startsWith(RATING) || name.startsWith(EXERCISE)) {
            String number = name.substring(name.startsWith(RATING) ? RATING.length() : EXERCISE.length());
            return Wording.of("field.exercise-number").with("number", Integer.parseInt(number) + 1);
        }
        return Wording.of("checkin." + name);
    }
}
