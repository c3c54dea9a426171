package org.decompress.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.decompress.language.ContentWords;

/** Bean Validation violations as problems with fields named the way the request names them, said in any language. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** Sorted, so that the same bad answers always give the same list. */
    public static List<FieldIssue> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> issue(field(v), v))
                .distinct()
                .sorted(Comparator.comparing(FieldIssue::field).thenComparing(i -> i.what().key()).thenComparing(i -> i.what().args().toString()))
                .toList();
    }

    /** Each problem in one language, as the API answers it. */
    public static List<FieldProblem> said(List<FieldIssue> issues, ContentWords words) {
        return issues.stream().map(i -> new FieldProblem(i.field(), words.format(i.what()))).toList();
    }

    private static FieldIssue issue(String field, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("field.")) {
            return FieldIssue.fromTemplate(field, template);
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull) {
            return FieldIssue.of(field, "must-not-be-null");
        }
        if (constraint instanceof Min min) {
            return FieldIssue.of(field, "at-least", "value", min.value());
        }
        if (constraint instanceof Max max) {
            return FieldIssue.of(field, "at-most", "value", max.value());
        }
        if (constraint instanceof Size size) {
            return new FieldIssue(field, org.decompress.language.Wording.of("field.size").with("min", size.min()).with("max", size.max()));
        }
        return FieldIssue.of(field, "other", "message", violation.getMessage());
    }

    /** {@code create.answers.conditions[1].<list element>} becomes {@code conditions[1]}; the body itself is {@code body}. */
    static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            // A node in a list carries the index of its container: checkIns[1].week is the node
            // "week" at index 1 below "checkIns".
            if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, CONTAINER_ELEMENT -> { }
                default -> {
                    if (node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
