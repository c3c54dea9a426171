package org.decompress.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.decompress.recommendation.RuleFaultException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns errors into responses: every error is an {@code application/problem+json}
 * body; bad input is a 4xx naming each bad field; nothing shows a stack trace. Log lines name the
 * kind of failure, never a value from the request (answers are health data).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("^Duplicate field '([A-Za-z]+)'");

    @ServerExceptionMapper
    public Response invalidAnswers(ConstraintViolationException e) {
        return respond(Problem.invalid("Some answers are missing or not allowed.", FieldProblems.of(e.getConstraintViolations())));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(fromJackson(e));
    }

    /** Named on its own: Quarkus has a built-in mapper for this type that answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return respond(fromJackson(e));
    }

    @ServerExceptionMapper
    public Response ruleFault(RuleFaultException e) {
        LOG.errorf("Plan evaluation failed: %s", e.getMessage());
        return respond(Problem.of(500, "Rule fault",
                "A rule failed while working out your plan (" + e.rule() + "). Nothing was stored; please try again later."));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return respond(fromJackson(json));
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status == 404 && e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                ? e.getMessage() : defaultDetail(status, title);
        return respond(Problem.of(status, title, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return respond(fromJackson(json));
        }
        if (cause(e, java.io.IOException.class) != null) {
            // The client went away mid-request (for example a load generator stopping): not a fault of ours.
            LOG.debugf("Connection closed while serving a request: %s", e.getClass().getName());
        } else {
            // The class only: a message could quote the request.
            LOG.errorf("Unexpected %s while serving a request", e.getClass().getName());
        }
        return respond(Problem.of(500, "Internal error", "Something went wrong on our side. Nothing was stored; please try again later."));
    }

    private static String defaultDetail(int status, String title) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type asked for; ask for application/json.";
            case 413 -> "The request body is too large: answers fit in " + BodySizeLimit.MAX_BYTES / 1024 + " KiB.";
            case 415 -> "Send the answers as application/json.";
            default -> title + ".";
        };
    }

    /** The problem for a body Jackson could not read, naming the field where it can. */
    public static Problem fromJackson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = u.getKnownPropertyIds() == null ? "" : "; allowed fields: " + u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return Problem.invalid("The body has a field this API does not know.",
                    List.of(new FieldProblem(path(u), "unknown field" + allowed)));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return Problem.invalid("An answer is not one of the allowed values.",
                    List.of(new FieldProblem(path(f), "not an allowed value; allowed: " + allowed)));
        }
        if (e instanceof InvalidNullException n) {
            return Problem.invalid("An answer is null where a value is needed.", List.of(new FieldProblem(path(n), "must not be null")));
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            if (field.isEmpty()) {
                return Problem.invalid("The body must be a JSON object with your answers.",
                        List.of(new FieldProblem("body", "must be a JSON object")));
            }
            return Problem.invalid("An answer has the wrong type.",
                    List.of(new FieldProblem(field, "must be " + expected(m.getTargetType()))));
        }
        if (e instanceof JsonMappingException m && !path(m).isEmpty()) {
            return Problem.invalid("An answer could not be read.", List.of(new FieldProblem(path(m), "could not be read")));
        }
        java.util.regex.Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return Problem.invalid("A field is given twice.", List.of(new FieldProblem(duplicate.group(1), "is given more than once")));
        }
        return Problem.invalid("The body is not valid JSON.", List.of(new FieldProblem("body", "is not valid JSON")));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "of type " + type.getSimpleName();
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

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
