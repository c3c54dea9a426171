package org.decompress.questionnaire;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.problem.FieldIssue;

/** See {@link CheckInsFitTheCatalog}. Fields that are missing are left to their own constraints. */
public class CheckInsValidator implements ConstraintValidator<CheckInsFitTheCatalog, Answers> {

    /** Looked up when validating: the catalog is itself validated at start, so it cannot be injected eagerly. */
    @Inject
    Provider<Catalog> catalogs;

    @Override
    public boolean isValid(Answers answers, ConstraintValidatorContext context) {
        List<CheckIn> checkIns = answers == null ? null : answers.checkIns();
        if (checkIns == null || checkIns.isEmpty()) {
            return true;
        }
        Catalog catalog = catalogs == null ? null : catalogs.get();
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        Integer previousWeek = null;
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn checkIn = checkIns.get(i);
            if (checkIn == null) {
                continue;
            }
            if (checkIn.week() != null) {
                if (previousWeek != null && checkIn.week() <= previousWeek) {
                    valid = problem(context, i, "week", FieldIssue.template("week-after", "week", previousWeek));
                }
                previousWeek = checkIn.week();
            }
            if (checkIn.exercises() == null || catalog == null) {
                continue;
            }
            for (int e = 0; e < checkIn.exercises().size(); e++) {
                ExerciseCheck done = checkIn.exercises().get(e);
                if (done == null || done.id() == null) {
                    continue;
                }
                Optional<Exercise> exercise = catalog.find(done.id());
                if (exercise.isEmpty() || exercise.get().progression() == null) {
                    valid = exerciseProblem(context, i, e, "id", FieldIssue.template("not-a-plan-exercise"));
                    continue;
                }
                if (done.variant() != null && exercise.get().variant(done.variant()).isEmpty()) {
                    valid = exerciseProblem(context, i, e, "variant", FieldIssue.template("not-a-variant", "exercise", done.id()));
                }
                int steps = exercise.get().progression().steps().size();
                if (done.step() != null && done.step() > steps) {
                    valid = exerciseProblem(context, i, e, "step", FieldIssue.template("step-between", "steps", steps, "exercise", done.id()));
                }
            }
        }
        return valid;
    }

    private static boolean problem(ConstraintValidatorContext context, int checkIn, String field, String message) {
        context.buildConstraintViolationWithTemplate(escaped(message))
                .addPropertyNode("checkIns")
                .addPropertyNode(field).inIterable().atIndex(checkIn)
                .addConstraintViolation();
        return false;
    }

    private static boolean exerciseProblem(ConstraintValidatorContext context, int checkIn, int exercise, String field, String message) {
        context.buildConstraintViolationWithTemplate(escaped(message))
                .addPropertyNode("checkIns")
                .addPropertyNode("exercises").inIterable().atIndex(checkIn)
                .addPropertyNode(field).inIterable().atIndex(exercise)
                .addConstraintViolation();
        return false;
    }

    /** Messages are templates: an id must never be read as an expression. */
    private static String escaped(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
