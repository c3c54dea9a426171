package org.decompress.questionnaire;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.decompress.problem.FieldIssue;

/** See {@link AnswersAgree}. */
public class AnswersAgreeValidator implements ConstraintValidator<AnswersAgree, Answers> {

    @Override
    public boolean isValid(Answers answers, ConstraintValidatorContext context) {
        if (answers == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        valid &= followUp(context, answers.pregnancyWeeks() != null, answers.conditions(), Condition.PREGNANCY, "pregnancyWeeks");
        valid &= followUp(context, answers.fallHurtOrRepeated() != null, answers.conditions(), Condition.FALLS, "fallHurtOrRepeated");
        valid &= followUp(context, answers.heartConditionStable() != null, answers.conditions(), Condition.HEART_DISEASE, "heartConditionStable");
        LegSymptoms legs = answers.legSymptoms();
        Boolean painIntoLeg = answers.painIntoLeg();
        if (legs != null && painIntoLeg != null && legs.reachALeg() != painIntoLeg) {
            problem(context, "painIntoLeg", FieldIssue.template("disagrees-with", "other", "legSymptoms"));
            problem(context, "legSymptoms", FieldIssue.template("disagrees-with", "other", "painIntoLeg"));
            valid = false;
        }
        return valid;
    }

    /** A follow-up given without the condition it follows: both fields are named. */
    private static boolean followUp(ConstraintValidatorContext context, boolean given, List<Condition> conditions, Condition needed,
            String field) {
        if (!given || conditions != null && conditions.contains(needed)) {
            return true;
        }
        problem(context, field, FieldIssue.template("only-with", "condition", needed.name()));
        problem(context, "conditions", FieldIssue.template("missing-for", "condition", needed.name(), "field", field));
        return false;
    }

    private static void problem(ConstraintValidatorContext context, String field, String template) {
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
    }
}
