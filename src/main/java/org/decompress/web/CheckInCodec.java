package org.decompress.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decompress.questionnaire.CheckIn;
import org.decompress.questionnaire.ExerciseCheck;
import org.decompress.questionnaire.Overall;
import org.decompress.questionnaire.Rating;

/**
 * One check-in as one short query value, so that a link of twelve stays far below the usual 8 KB:
 * {@code ci=2.3.4.0.0.B.knees-to-chest::1:R~childs-pose::2:E} is week 2, pain 3, 4 sessions a week,
 * next morning not worse, legs not spreading, overall BETTER, then each exercise as
 * {@code id:variant:step:rating}. Only the shape is read here; the values go through the same
 * validation as the JSON API.
 */
final class CheckInCodec {

    static final String PARAMETER = "ci";

    private static final Pattern CHECK_IN = Pattern.compile(
            "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.([01])\\.([01])\\.([BSW])\\.(.*)");
    private static final Pattern EXERCISE = Pattern.compile("([a-z0-9-]{1,60}):([a-z0-9-]{0,60}):(\\d{1,2}):([ERHPN])");

    private CheckInCodec() {
    }

    static String encode(CheckIn checkIn) {
        StringBuilder value = new StringBuilder()
                .append(checkIn.week()).append('.')
                .append(checkIn.painLevel()).append('.')
                .append(checkIn.sessionsPerWeek()).append('.')
                .append(checkIn.nextMorningWorse() ? '1' : '0').append('.')
                .append(checkIn.legSymptomsSpreading() ? '1' : '0').append('.')
                .append(checkIn.overall().name().charAt(0)).append('.');
        for (int i = 0; i < checkIn.exercises().size(); i++) {
            ExerciseCheck done = checkIn.exercises().get(i);
            value.append(i == 0 ? "" : "~").append(done.id()).append(':')
                    .append(done.variant() == null ? "" : done.variant()).append(':')
                    .append(done.step()).append(':').append(code(done.rating()));
        }
        return value.toString();
    }

    /** Empty when the value is not a check-in this page wrote. */
    static Optional<CheckIn> decode(String value) {
        Matcher m = CHECK_IN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<ExerciseCheck> exercises = new ArrayList<>();
        if (!m.group(7).isEmpty()) {
            for (String item : m.group(7).split("~", -1)) {
                Optional<ExerciseCheck> done = exercise(item);
                if (done.isEmpty()) {
                    return Optional.empty();
                }
                exercises.add(done.get());
            }
        }
        return Optional.of(new CheckIn(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4).equals("1"), m.group(5).equals("1"), overall(m.group(6).charAt(0)), List.copyOf(exercises)));
    }

    /** {@code id:variant:step} of an exercise as the check-in form names it, with its rating. */
    static Optional<ExerciseCheck> exercise(String idVariantStep, Rating rating) {
        return exercise(idVariantStep + ":" + code(rating));
    }

    private static Optional<ExerciseCheck> exercise(String item) {
        Matcher e = EXERCISE.matcher(item);
        if (!e.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseCheck(e.group(1), e.group(2).isEmpty() ? null : e.group(2),
                Integer.parseInt(e.group(3)), rating(e.group(4).charAt(0))));
    }

    private static char code(Rating rating) {
        return switch (rating) {
            case TOO_EASY -> 'E';
            case JUST_RIGHT -> 'R';
            case TOO_HARD -> 'H';
            case PAINFUL -> 'P';
            case NOT_DONE -> 'N';
        };
    }

    private static Rating rating(char code) {
        return switch (code) {
            case 'E' -> Rating.TOO_EASY;
            case 'R' -> Rating.JUST_RIGHT;
            case 'H' -> Rating.TOO_HARD;
            case 'P' -> Rating.PAINFUL;
            default -> Rating.NOT_DONE;
        };
    }

    private static Overall overall(char code) {
        return switch (code) {
            case 'B' -> Overall.BETTER;
            case 'S' -> Overall.SAME;
            default -> Overall.WORSE;
        };
    }
}
