package org.decompress.questionnaire;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers that contradict each other are asked again, never guessed: a follow-up given without the
 * answer it follows (weeks of pregnancy without pregnancy, how a fall went without falls, whether a
 * heart condition is stable without heart disease), or leg symptoms that disagree with
 * {@code painIntoLeg}. Each problem names both fields.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnswersAgreeValidator.class)
public @interface AnswersAgree {
    String message() default "answers must not contradict each other";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
