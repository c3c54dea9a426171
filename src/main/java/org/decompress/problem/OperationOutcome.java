package org.decompress.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.decompress.language.Language;
import org.decompress.language.Markup;

/**
 * A problem as a FHIR R4 OperationOutcome, what a clinical system reads on {@code /fhir} and
 * {@code /cds-services}: one issue per bad field, else one. It carries a generated narrative (FHIR R4
 * Narrative, dom-6) saying the same issues in words, in the problem's language, built only from the
 * issues' own text (a field's name and what is wrong), never from a value that was sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OperationOutcome(String resourceType, String language, Narrative text, List<Issue> issue) {

    /** FHIR R4 Narrative: its status and the XHTML div. */
    public record Narrative(String status, String div) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(String severity, String code, String diagnostics, List<String> expression) {

        /** An error of this FHIR R4 IssueType, at {@code expression} (a FHIRPath) when there is one. */
        public static Issue error(String code, String diagnostics, String expression) {
            return new Issue("error", code, diagnostics, expression == null ? null : List.of(expression));
        }

        /** The issue in words: {@code painLevel: must not be null}, or the diagnostics alone (the code, where none is said). */
        String said() {
            String what = diagnostics == null ? code : diagnostics;
            return expression == null || expression.isEmpty() ? what : String.join(", ", expression) + ": " + what;
        }
    }

    public static OperationOutcome of(Problem problem, Language language) {
        String code = codeOf(problem.status());
        List<Issue> issues = problem.errors() == null || problem.errors().isEmpty()
                ? List.of(new Issue("error", code, problem.detail(), null))
                : problem.errors().stream().map(e -> new Issue("error", code, e.message(), List.of(e.field()))).toList();
        return of(issues, language);
    }

    /** These issues, each with its own IssueType (what a FHIR face found wrong with a resource), said in {@code language}. */
    public static OperationOutcome of(List<Issue> issues, Language language) {
        return new OperationOutcome("OperationOutcome", language.tag(), narrative(issues, language), List.copyOf(issues));
    }

    /** One error of this IssueType, not about any one field: {@code not-found}, {@code login}. */
    public static OperationOutcome of(String code, String diagnostics, Language language) {
        return of(List.of(Issue.error(code, diagnostics, null)), language);
    }

    /** FHIR R4 IssueType for an HTTP status. */
    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401, 403 -> "security";
            case 404 -> "not-found";
            case 405, 406, 415 -> "not-supported";
            case 413 -> "too-long";
            default -> status >= 500 ? "exception" : "processing";
        };
    }

    /**
     * Each issue as a bullet (the problem's title is left out: for most statuses it is HTTP's English
     * reason phrase); the div says its language as the resource does (FHIR R4 Narrative, 2.4.0.3).
     */
    private static Narrative narrative(List<Issue> issues, Language language) {
        String tag = Markup.escaped(language.tag());
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(tag).append("\" xml:lang=\"").append(tag)
                .append("\"><ul>");
        issues.forEach(issue -> div.append("<li>").append(Markup.escaped(issue.said())).append("</li>"));
        return new Narrative("generated", div.append("</ul></div>").toString());
    }
}
