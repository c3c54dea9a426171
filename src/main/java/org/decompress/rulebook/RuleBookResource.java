package org.decompress.rulebook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.NumberFormat;
import org.decompress.config.OpenApiExamples;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Negotiated;
import org.decompress.page.Assets;
import org.decompress.page.PageFrame;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rule book, for the clinicians who own the rules and the reviewers who check them: a page in the
 * reader's language (a Spanish plan's rule links open it in Spanish) and its JSON, in English. The rules'
 * names, sources and scenario titles stay as written. Read-only: the running service never accepts rules
 * from a request.
 */
@Path("/")
@Tag(name = "Rules", description = "The rule book: every rule, its source, what it concludes and whom it reaches")
public class RuleBookResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance book(BookPage page);
    }

    /** What the rule book page shows, with the page's frame. */
    public record BookPage(PageFrame frame, RuleBook.Book book) {

        /** A count as the page's language writes it: 10,000 in English, 10.000 in Spanish. */
        public String count(Integer n) {
            return NumberFormat.getIntegerInstance(frame.language().locale()).format(n);
        }

        /** A stage's name in the page's language, by its ruleflow-group. */
        public String stageTitle(String stage) {
            return book.stages().stream().filter(s -> s.name().equals(stage)).map(RuleBook.Stage::title).findFirst().orElse(stage);
        }
    }

    private final RuleBook ruleBook;
    private final Languages languages;
    private final Assets assets;

    public RuleBookResource(RuleBook ruleBook, Languages languages, Assets assets) {
        this.ruleBook = ruleBook;
        this.languages = languages;
        this.assets = assets;
    }

    @GET
    @Path("rules")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The rule book page", description = "Every rule by stage, with its source, what it concludes, how many golden "
            + "answer sets it fires for and the scenario cases that exercise it; rules that fire for nobody or no case exercises first. "
            + "lang=es asks for Spanish (else Accept-Language, else English); rule names, sources and scenario titles stay as written.")
    @APIResponse(responseCode = "200", description = "HTML, in the reader's language", content = @Content(mediaType = "text/html",
            examples = @ExampleObject(name = "page", value = OpenApiExamples.HTML_PAGE)))
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = languages.resolve(lang, headers.getAcceptableLanguages());
        PageFrame frame = PageFrame.of(language, languages, l -> "/rules?lang=" + l.tag(), null, assets);
        return Negotiated.ok(Templates.book(new BookPage(frame, ruleBook.book(language))).setLocale(language.locale()), language);
    }

    /** The project's clinical basis: the reasoning behind every decision of the table, and every source, as written in the repository. */
    @GET
    @Path("rules/clinical-basis")
    @Produces("text/markdown;charset=utf-8")
    @Operation(summary = "The clinical basis", description = "docs/clinical-basis.md: the reasoning behind the decision table and its sources (Markdown).")
    public Response clinicalBasis() throws java.io.IOException {
        try (java.io.InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("docs/clinical-basis.md")) {
            if (in == null) {
                throw new jakarta.ws.rs.NotFoundException();
            }
            return Response.ok(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).build();
        }
    }

    @GET
    @Path("api/rules")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rule book", description = "Every rule by stage in decision order: name, source, what it concludes, what it "
            + "says to a person (English), golden answer sets it fires for (counted when the service was built), scenario cases that exercise it.")
    public RuleBook.Book rules() {
        return ruleBook.book();
    }
}
