package org.decompress.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.decompress.questionnaire.Answers;

@Path("/api/plans")
public class PlanResource {

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Plan create(@NotNull(message = "the body must be a JSON object with your answers") @Valid Answers answers) {
        return plans.plan(answers);
    }
}
