package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.decompress.config.OpenApiExamples;

@Path("/api/questionnaire")
@Tag(name = "Questionnaire", description = "The questions, as the web page renders them")
public class QuestionnaireResource {

    private final Questionnaires questionnaires;
    private final org.decompress.language.Languages languages;

    public QuestionnaireResource(Questionnaires questionnaires, org.decompress.language.Languages languages) {
        this.questionnaires = questionnaires;
        this.languages = languages;
    }

    @GET
    @Operation(summary = "The questions", description = "Each question's id (the answer field), text, help, type, allowed answers, bounds and default, in groups; "
            + "the words in the language of Accept-Language (Content-Language says which).")
    @APIResponse(responseCode = "200", description = "The questionnaire",
            content = @Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Questionnaire.class),
                    examples = @ExampleObject(name = "pain level",
                    value = OpenApiExamples.QUESTIONNAIRE_PAIN_LEVEL)))
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response get(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        org.decompress.language.Language language = languages.resolve(null, headers.getAcceptableLanguages());
        return org.decompress.language.Negotiated.ok(questionnaires.in(language), language);
    }

    /** Loaded in every language and checked against the answers model at start-up: a mismatch stops the start. */
    static class Producer {
        @Produces
        @Singleton
        @Startup
        Questionnaires questionnaires(Validator validator, org.decompress.language.Languages languages, org.decompress.config.FileChecks checks) {
            return Questionnaires.load(new QuestionnaireLoader(validator, checks), languages);
        }

        /** The questionnaire in the default language: what the forms and links are read by. */
        @Produces
        @Singleton
        Questionnaire questionnaire(Questionnaires questionnaires) {
            return questionnaires.defaultQuestionnaire();
        }
    }
}
