package org.decompress.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation violations as bad fields named the way the request names them. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** Sorted, so that the same bad answers always give the same list. */
    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
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
