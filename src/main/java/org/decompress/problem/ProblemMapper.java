package org.decompress.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns errors into responses: every error is an {@code application/problem+json}
 * body in the language of {@code Accept-Language}; bad input is a 4xx naming each bad field; nothing
 * shows a stack trace. Log lines name the kind of failure, never a value from the request (answers
 * are health data).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("^Duplicate field '([A-Za-z]+)'");

    private final Languages languages;

    public ProblemMapper(Languages languages) {
        this.languages = languages;
    }

    /** Answers that cannot be used, before they are said in a language: the detail's words and each bad field. */
    public record Invalid(String detail, List<FieldIssue> issues) {
    }

    @ServerExceptionMapper
    public Response invalidAnswers(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return invalid(new Invalid("problem.invalid.detail", FieldProblems.of(e.getConstraintViolations())), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return invalid(fromJackson(e), headers, uri);
    }

    /** Named on its own: Quarkus has a built-in mapper for this type that answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return invalid(fromJackson(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response ruleFault(RuleFaultException e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf("Plan evaluation failed: %s", e.getMessage());
        ContentWords words = words(headers);
        return respond(Problem.of(500, words.get("problem.rule-fault.title"),
                words.format(Wording.of("problem.rule-fault.detail").with("rule", e.rule()))), words.language(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return invalid(fromJackson(json), headers, uri);
        }
        ContentWords words = words(headers);
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = status == 404 ? words.get("problem.not-found.title") : type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = e instanceof Missing missing ? words.format(missing.what())
                : e instanceof BodySizeLimit.TooLarge large ? words.format(Wording.of("problem.too-large.detail").with("kib", large.limit() / 1024))
                : defaultDetail(status, title, words);
        return respond(Problem.of(status, title, detail), words.language(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return invalid(fromJackson(json), headers, uri);
        }
        if (cause(e, java.io.IOException.class) != null) {
            // The client went away mid-request (for example a load generator stopping): not a fault of ours.
            LOG.debugf("Connection closed while serving a request: %s", e.getClass().getName());
        } else {
            // The class only: a message could quote the request.
            LOG.errorf("Unexpected %s while serving a request", e.getClass().getName());
        }
        ContentWords words = words(headers);
        return respond(Problem.of(500, words.get("problem.internal.title"), words.get("problem.internal.detail")), words.language(), uri);
    }

    /** A 404 that says what is missing, in the reader's language ("No exercise has the id 'handstand'."). */
    public static final class Missing extends NotFoundException {
        private final transient Wording what;

        public Missing(Wording what) {
            super("not found");
            this.what = what;
        }

        public Wording what() {
            return what;
        }
    }

    private Response invalid(Invalid invalid, HttpHeaders headers, UriInfo uri) {
        ContentWords words = words(headers);
        return respond(Problem.invalid(words.get("problem.invalid.title"), words.get(invalid.detail()),
                FieldProblems.said(invalid.issues(), words)), words.language(), uri);
    }

    private ContentWords words(HttpHeaders headers) {
        List<java.util.Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return languages.contentWords(languages.resolve(null, wanted));
    }

    private static String defaultDetail(int status, String title, ContentWords words) {
        return switch (status) {
            case 404 -> words.get("problem.not-found.detail");
            case 405 -> words.get("problem.method.detail");
            case 406 -> words.get("problem.media.detail");
            case 415 -> words.get("problem.unsupported.detail");
            default -> title + ".";
        };
    }

    /** The problem with a body Jackson could not read, naming the field where it can. */
    public static Invalid fromJackson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new Invalid("problem.unknown-field.detail", List.of(FieldIssue.of(path(u), "unknown", "allowed", allowed)));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return new Invalid("problem.not-allowed.detail", List.of(FieldIssue.of(path(f), "not-allowed", "allowed", allowed)));
        }
        if (e instanceof InvalidNullException n) {
            return new Invalid("problem.null.detail", List.of(FieldIssue.of(path(n), "must-not-be-null")));
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            if (field.isEmpty()) {
                return new Invalid("problem.not-object.detail", List.of(FieldIssue.of("body", "must-be-object")));
            }
            return new Invalid("problem.wrong-type.detail", List.of(expected(field, m.getTargetType())));
        }
        if (e instanceof JsonMappingException m && !path(m).isEmpty()) {
            return new Invalid("problem.unreadable.detail", List.of(FieldIssue.of(path(m), "could-not-be-read")));
        }
        java.util.regex.Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return new Invalid("problem.twice.detail", List.of(FieldIssue.of(duplicate.group(1), "given-twice")));
        }
        return new Invalid("problem.not-json.detail", List.of(FieldIssue.of("body", "not-json")));
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
            return FieldIssue.of(field, "one-of", "allowed",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (List.class.isAssignableFrom(type)) {
            return FieldIssue.of(field, "a-list");
        }
        return FieldIssue.of(field, "of-type", "type", type.getSimpleName());
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

    private static Response respond(Problem problem, Language language, UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        boolean clinical = ClinicalPaths.covers(path);
        return Response.status(problem.status())
                .type(!clinical ? Problem.MEDIA_TYPE : ClinicalPaths.isFhir(path) ? "application/fhir+json" : "application/json")
                .entity(clinical ? outcomeOf(problem) : problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** The problem as a FHIR R4 OperationOutcome, what a clinical system reads on /fhir and /cds-services: one issue per bad field, else one. */
    private static Map<String, Object> outcomeOf(Problem problem) {
        String code = switch (problem.status()) {
            case 400 -> "invalid";
            case 401, 403 -> "security";
            case 404 -> "not-found";
            case 405, 406, 415 -> "not-supported";
            case 413 -> "too-long";
            default -> problem.status() >= 500 ? "exception" : "processing";
        };
        List<Map<String, Object>> issues = problem.errors() == null || problem.errors().isEmpty()
                ? List.of(issue(code, problem.detail(), null))
                : problem.errors().stream().map(e -> issue(code, e.message(), e.field())).toList();
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", issues);
        return outcome;
    }

    private static Map<String, Object> issue(String code, String diagnostics, String expression) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        if (expression != null) {
            issue.put("expression", List.of(expression));
        }
        return issue;
    }
}
