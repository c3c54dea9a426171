package bare;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One POST that reads JSON and answers JSON: the least a plan request could cost. */
@Path("/api/plans")
public class EchoResource {

    public record Answers(Integer painLevel) {
    }

    public record Answer(String status, Integer painLevel) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer plan(Answers answers) {
        return new Answer("PLAN", answers.painLevel());
    }
}
