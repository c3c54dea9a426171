package org.decompress.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.decompress.problem.FieldProblem;
import org.decompress.figure.FigureBook;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanService;
import org.decompress.plan.PlanStatus;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.QuestionOption;
import org.decompress.questionnaire.Questionnaire;

/**
 * The pages: the questionnaire at {@code /} and the plan at {@code /plan?answers}. The answers
 * travel in the link, so the same link brings the same plan back and nothing is stored. Works
 * without JavaScript: the form is a plain GET.
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
    }

    private final Questionnaire questionnaire;
    private final PlanService plans;
    private final ObjectMapper json;
    private final Validator validator;
    private final FigureBook figures;
    /** The red flags every check-in asks again (the warning signs of cauda equina syndrome). */
    private final List<QuestionOption> checkInFlags;

    public WebResource(Questionnaire questionnaire, PlanService plans, ObjectMapper json, Validator validator, FigureBook figures) {
        this.figures = figures;
        this.questionnaire = questionnaire;
        this.plans = plans;
        this.json = json;
        this.validator = validator;
        this.checkInFlags = questionnaire.question("redFlags").map(q -> q.options().stream().filter(QuestionOption::askedAtCheckIn).toList())
                .orElse(List.of());
    }

    /** The questionnaire; answers in the link (from "Change my answers") fill it in. */
    @GET
    @Operation(summary = "The questionnaire page", description = "Answers in the query (from 'Change my answers') fill the form in.")
    @APIResponse(responseCode = "200", description = "HTML", content = @Content(mediaType = "text/html",
            examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">...</html>")))
    public TemplateInstance questionnaire(@Context UriInfo uri) {
        return Templates.questionnaire(new QuestionnairePage(questionnaire, AnswersForm.of(uri.getQueryParameters()), List.of()));
    }

    @GET
    @Operation(summary = "The plan page", description = "The answers travel in the query, for example ?painLevel=4&conditions=KNEE, "
            + "so the link brings the same plan back. Bad answers give the form again (400) with each problem named.")
    @APIResponse(responseCode = "200", description = "The plan or referral page", content = @Content(mediaType = "text/html",
            examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">...</html>")))
    @APIResponse(responseCode = "400", description = "The form with the problems named")
    @Path("plan")
    public Response plan(@Context UriInfo uri) {
        AnswersForm form = AnswersForm.of(uri.getQueryParameters());
        AnswersForm.Result read = form.read(questionnaire, json, validator);
        if (read.answers().isEmpty()) {
            AnswersForm withoutCheckIn = form.withoutNewCheckIn();
            AnswersForm.Result previous = withoutCheckIn == form ? read : withoutCheckIn.read(questionnaire, json, validator);
            if (previous.answers().isPresent()) {
                // A mistake in the check-in form: the same plan again, with the form's problems named.
                return Response.status(Response.Status.BAD_REQUEST).entity(page(previous.answers().get(), read.problems())).build();
            }
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.questionnaire(new QuestionnairePage(questionnaire, form, read.problems())))
                    .build();
        }
        Answers answers = read.answers().get();
        if (read.newCheckIn()) {
            // The next plan gets a link of its own that carries every check-in: reloading it adds nothing.
            return Response.seeOther(URI.create(AnswersForm.linkOf(answers, questionnaire, json))).build();
        }
        return Response.ok(page(answers, List.of())).build();
    }

    private TemplateInstance page(Answers answers, List<FieldProblem> checkInProblems) {
        Plan plan = plans.plan(answers);
        String link = AnswersForm.linkOf(answers, questionnaire, json);
        String changeLink = "/" + link.substring("/plan".length());
        PlanPage page = new PlanPage(plan, link, changeLink, checkInProblems, figures, checkInFlags);
        return plan.status() == PlanStatus.REFER ? Templates.referral(page) : Templates.plan(page);
    }
}
