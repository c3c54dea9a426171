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

@Path("/api/questionnaire")
@Tag(name = "Questionnaire", description = "The questions, as the web page renders them")
public class QuestionnaireResource {

    private final Questionnaire questionnaire;

    public QuestionnaireResource(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    @GET
    @Operation(summary = "The questions", description = "Each question's id (the answer field), text, help, type, allowed answers, bounds and default, in groups.")
    @APIResponse(responseCode = "200", description = "The questionnaire",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "pain level",
                    value = "{\"groups\": [{\"id\": \"pain\", \"title\": \"Your pain\"}], \"questions\": [{\"id\": \"painLevel\", \"type\": \"INTEGER\", \"required\": true, \"min\": 0, \"max\": 10}]}")))
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Questionnaire get() {
        return questionnaire;
    }

    /** Loaded and checked against the answers model at start-up: a mismatch stops the start. */
    static class Producer {
        @Produces
        @Singleton
        @Startup
        Questionnaire questionnaire(Validator validator) {
            return new QuestionnaireLoader(validator).loadFromClasspath();
        }
    }
}
