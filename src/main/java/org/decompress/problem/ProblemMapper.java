package org.decompress.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.decompress.language.ContentWords;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Wording;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns errors into responses: every error is an {@code application/problem+json}
 * body in the language of {@code Accept-Language} (an {@link OperationOutcome} on the clinical paths);
 * bad input is a 4xx naming each bad field; nothing shows a stack trace. Log lines name the kind of
 * failure, never a value from the request (answers are health data).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final Languages languages;

    public ProblemMapper(Languages languages) {
        this.languages = languages;
    }

    @ServerExceptionMapper
    public Response invalidAnswers(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return invalid(new InvalidInput("problem.invalid.detail", FieldProblems.of(e.getConstraintViolations())), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return invalid(JsonProblems.of(e), headers, uri);
    }

    /** Named on its own: Quarkus has a built-in mapper for this type that answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return invalid(JsonProblems.of(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response ruleFault(RuleFaultException e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf("Plan evaluation failed: %s", e.getMessage());
        ContentWords words = words(headers);
        return respond(Problem.of(500, words.get("problem.rule-fault.title"),
                words.format(Wording.of("problem.rule-fault.detail").with("rule", e.rule()))), words.language(), uri);
    }

    /** 503 with Retry-After: a fixed rule file (dev mode reloads it) makes the next try succeed. */
    @ServerExceptionMapper
    public Response rulesUnavailable(RulesUnavailableException e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf("No plan made, the rules are not built: %s", e.getMessage());
        ContentWords words = words(headers);
        Response response = respond(Problem.of(503, words.get("problem.rules-unavailable.title"), words.get("problem.rules-unavailable.detail")),
                words.language(), uri);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, 5).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return invalid(JsonProblems.of(json), headers, uri);
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
            return invalid(JsonProblems.of(json), headers, uri);
        }
        if (cause(e, IOException.class) != null) {
            // The client went away mid-request (for example a load generator stopping): not a fault of ours.
            LOG.debugf("Connection closed while serving a request: %s", e.getClass().getName());
        } else {
            // The class only: a message could quote the request.
            LOG.errorf("Unexpected %s while serving a request", e.getClass().getName());
        }
        ContentWords words = words(headers);
        return respond(Problem.of(500, words.get("problem.internal.title"), words.get("problem.internal.detail")), words.language(), uri);
    }

    private Response invalid(InvalidInput invalid, HttpHeaders headers, UriInfo uri) {
        ContentWords words = words(headers);
        return respond(Problem.invalid(words.get("problem.invalid.title"), words.get(invalid.detail()),
                FieldProblems.said(invalid.issues(), words)), words.language(), uri);
    }

    private ContentWords words(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
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

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** problem+json, or on the clinical paths the same problem as an OperationOutcome (FHIR JSON on /fhir, JSON on /cds-services). */
    private static Response respond(Problem problem, Language language, UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        boolean clinical = ClinicalPaths.covers(path);
        return Response.status(problem.status())
                .type(!clinical ? Problem.MEDIA_TYPE : ClinicalPaths.isFhir(path) ? "application/fhir+json" : "application/json")
                .entity(clinical ? OperationOutcome.of(problem, language) : problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
