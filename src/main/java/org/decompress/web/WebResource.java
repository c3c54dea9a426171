package org.decompress.web;

import org.decompress.page.PageSentences;
import org.decompress.page.Assets;
import org.decompress.page.PageFrame;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Negotiated;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanService;
import org.decompress.plan.PlanStatus;
import org.decompress.problem.FieldIssue;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;
import org.decompress.questionnaire.Questionnaires;
import org.decompress.config.OpenApiExamples;

/**
 * The pages: the questionnaire at {@code /} and the plan at {@code /plan?answers}. The answers
 * travel in the link, so the same link brings the same plan back and nothing is stored. Works
 * without JavaScript: the form is a plain GET. Every page is in the language of its link's
 * {@code lang=}, else of {@code Accept-Language}, else English.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages", description = "The web pages people use")
public class WebResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionnaire(QuestionnairePage page);

        static native TemplateInstance plan(PlanPage page);

        static native TemplateInstance referral(PlanPage page);

        static native TemplateInstance offline(OfflinePage page);
    }

    private final Questionnaires questionnaires;
    private final PlanService plans;
    private final ObjectMapper json;
    private final Validator validator;
    private final Languages languages;
    private final Assets assets;

    public WebResource(Questionnaires questionnaires, PlanService plans, ObjectMapper json, Validator validator, Languages languages,
            Assets assets) {
        this.questionnaires = questionnaires;
        this.plans = plans;
        this.json = json;
        this.validator = validator;
        this.languages = languages;
        this.assets = assets;
    }

    /** The questionnaire; answers in the link (from "Change my answers") fill it in. */
    @GET
    @Operation(summary = "The questionnaire page", description = "Answers in the query (from 'Change my answers') fill the form in; lang=es asks for Spanish.")
    @APIResponse(responseCode = "200", description = "HTML", content = @Content(mediaType = "text/html",
            examples = @ExampleObject(name = "page", value = OpenApiExamples.HTML_PAGE)))
    public Response questionnaire(@Context UriInfo uri, @Context HttpHeaders headers) {
        AnswersForm form = AnswersForm.of(uri.getQueryParameters());
        Language language = languageOf(form, headers);
        return page(Response.ok(questionnairePage(form, List.of(), language, uri)), language);
    }

    @GET
    @Operation(summary = "The plan page", description = "The answers travel in the query, for example ?painLevel=4&conditions=KNEE&lang=en, "
            + "so the link brings the same plan back, in the same language. Bad answers give the form again (400) with each problem named.")
    @APIResponse(responseCode = "200", description = "The plan or referral page", content = @Content(mediaType = "text/html",
            examples = @ExampleObject(name = "page", value = OpenApiExamples.HTML_PAGE)))
    @APIResponse(responseCode = "400", description = "The form with the problems named")
    @Path("plan")
    public Response plan(@Context UriInfo uri, @Context HttpHeaders headers) {
        AnswersForm form = AnswersForm.of(uri.getQueryParameters());
        Language language = languageOf(form, headers);
        Questionnaire questionnaire = questionnaires.in(language);
        AnswersFormReader.Result read = AnswersFormReader.read(form, questionnaire, json, validator);
        if (read.answers().isEmpty()) {
            AnswersForm withoutCheckIn = form.withoutNewCheckIn();
            AnswersFormReader.Result previous = withoutCheckIn == form ? read : AnswersFormReader.read(withoutCheckIn, questionnaire, json, validator);
            if (previous.answers().isPresent()) {
                // A mistake in the check-in form: the same plan again, with the form's problems named.
                return page(Response.status(Response.Status.BAD_REQUEST).entity(planPage(previous.answers().get(), read.problems(), language)), language);
            }
            return page(Response.status(Response.Status.BAD_REQUEST).entity(questionnairePage(form, read.problems(), language, uri)), language);
        }
        Answers answers = read.answers().get();
        if (read.newCheckIn()) {
            // The next plan gets a link of its own that carries every check-in: reloading it adds nothing.
            return Response.seeOther(URI.create(PlanLink.of(answers, questionnaire, json, language))).build();
        }
        return page(Response.ok(planPage(answers, List.of(), language)), language);
    }

    /** What a page opened without a connection says, when it was not kept: the service worker keeps one per language. */
    @GET
    @Path("offline")
    @Operation(summary = "The page for a plan that is not kept, without a connection", description = "lang= chooses its language.")
    public Response offline(@Context UriInfo uri, @Context HttpHeaders headers) {
        Language language = languages.resolve(uri.getQueryParameters().getFirst(AnswersForm.LANGUAGE), headers.getAcceptableLanguages());
        PageFrame frame = PageFrame.of(language, languages, l -> "/offline?lang=" + l.tag(), null, assets);
        return page(Response.ok(in(language, Templates.offline(new OfflinePage(frame, PageSentences.of(language, languages.contentWords(language)))))), language);
    }

    private Language languageOf(AnswersForm form, HttpHeaders headers) {
        return languages.resolve(form.language().orElse(null), headers.getAcceptableLanguages());
    }

    private TemplateInstance questionnairePage(AnswersForm form, List<FieldIssue> problems, Language language, UriInfo uri) {
        PageFrame frame = PageFrame.of(language, languages, l -> relink("/", uri.getQueryParameters(), l), QuestionnairePage.FORM, assets);
        return in(language, Templates.questionnaire(new QuestionnairePage(questionnaires.in(language), form, problems, frame,
                PageSentences.of(language, languages.contentWords(language)))));
    }

    private TemplateInstance planPage(Answers answers, List<FieldIssue> checkInProblems, Language language) {
        Plan plan = plans.plan(answers, language);
        Questionnaire questionnaire = questionnaires.in(language);
        String link = PlanLink.of(answers, questionnaire, json, language);
        String changeLink = "/" + link.substring("/plan".length());
        PageFrame frame = PageFrame.of(language, languages, l -> PlanLink.of(answers, questionnaire, json, l), null, assets);
        List<QuestionOption> flags = questionnaire.question("redFlags").map(q -> q.options().stream().filter(QuestionOption::askedAtCheckIn).toList())
                .orElse(List.of());
        PlanPage page = new PlanPage(plan, link, changeLink, checkInProblems, flags, frame, PageSentences.of(language, languages.contentWords(language)));
        return in(language, plan.status() == PlanStatus.REFER ? Templates.referral(page) : Templates.plan(page));
    }

    /** The same address and query in another language. */
    private static String relink(String path, MultivaluedMap<String, String> query, Language language) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            if (entry.getKey().equals(AnswersForm.LANGUAGE)) {
                continue;
            }
            for (String value : entry.getValue()) {
                link.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.append(separator).append(AnswersForm.LANGUAGE).append('=').append(language.tag()).toString();
    }

    private static Response page(Response.ResponseBuilder response, Language language) {
        return Negotiated.in(language, response).build();
    }

    /** The words a template instance speaks: its locale is the page's language. */
    static TemplateInstance in(Language language, TemplateInstance page) {
        return page.setLocale(language.locale());
    }
}
