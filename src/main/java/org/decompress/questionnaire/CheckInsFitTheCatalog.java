package org.decompress.questionnaire;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The check-ins of the answers name exercises, variants and steps of the catalog, with weeks
 * strictly increasing; each problem names its field, for example {@code checkIns[1].exercises[0].step}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CheckInsValidator.class)
public @interface CheckInsFitTheCatalog {
    String message() default "check-ins must name exercises, variants and steps of the catalog";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
