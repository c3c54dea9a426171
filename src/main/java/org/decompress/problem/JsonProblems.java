package org.decompress.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a body Jackson could not read, naming the field where it can: shared by the
 * JSON API (through {@link ProblemMapper}), the pages' form and FHIR's answers, so that the same
 * mistake is named the same way wherever it is sent.
 */
public final class JsonProblems {

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([A-Za-z]+)'");

    private JsonProblems() {
    }

    public static InvalidInput of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new InvalidInput("problem.unknown-field.detail", List.of(FieldIssue.of(path(u), "unknown", "allowed", allowed)));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new InvalidInput("problem.not-allowed.detail", List.of(FieldIssue.of(path(f), "not-allowed", "allowed", constants(f.getTargetType()))));
        }
        if (e instanceof InvalidNullException n) {
            return new InvalidInput("problem.null.detail", List.of(FieldIssue.of(path(n), "must-not-be-null")));
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            if (field.isEmpty()) {
                return new InvalidInput("problem.not-object.detail", List.of(FieldIssue.of("body", "must-be-object")));
            }
            return new InvalidInput("problem.wrong-type.detail", List.of(expected(field, m.getTargetType())));
        }
        if (e instanceof JsonMappingException m && !path(m).isEmpty()) {
            return new InvalidInput("problem.unreadable.detail", List.of(FieldIssue.of(path(m), "could-not-be-read")));
        }
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return new InvalidInput("problem.twice.detail", List.of(FieldIssue.of(duplicate.group(1), "given-twice")));
        }
        return new InvalidInput("problem.not-json.detail", List.of(FieldIssue.of("body", "not-json")));
    }

    private static FieldIssue expected(String field, Class<?> type) {
        if (type == null) {
            return FieldIssue.of(field, "of-another-type");
        }
        if (type == Integer.class || type == int.class) {
            return FieldIssue.of(field, "whole-number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldIssue.of(field, "true-or-false");
        }
        if (type.isEnum()) {
            return FieldIssue.of(field, "one-of", "allowed", constants(type));
        }
        if (List.class.isAssignableFrom(type)) {
            return FieldIssue.of(field, "a-list");
        }
        return FieldIssue.of(field, "of-type", "type", type.getSimpleName());
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** The JSON path of the bad value: {@code painLevel}, {@code conditions[2]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
