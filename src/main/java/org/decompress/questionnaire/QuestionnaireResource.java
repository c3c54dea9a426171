package org.decompress.questionnaire;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

@Path("/api/questionnaire")
public class QuestionnaireResource {

    private final Questionnaire questionnaire;

    public QuestionnaireResource(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    @GET
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
