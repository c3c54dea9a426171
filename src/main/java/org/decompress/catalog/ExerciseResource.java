package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/exercises")
@Tag(name = "Exercises", description = "The exercise catalog, with the traits the rules decide from")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final Catalog catalog;

    public ExerciseResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "The whole catalog", description = "Every exercise in the source's order, with steps, dose, cautions, variants and traits.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "first entries",
                    value = "[{\"id\": \"lumbar-rolls-pelvic-tilts\", \"name\": \"Lumbar rolls and pelvic tilts\", \"role\": \"COOLDOWN\"}]")))
    public List<Exercise> all() {
        return catalog.exercises();
    }

    @GET
    @Operation(summary = "One exercise by its id", description = "For example knees-to-chest. An unknown id is a 404 problem.")
    @APIResponse(responseCode = "200", description = "The exercise",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "knees to chest",
                    value = "{\"id\": \"knees-to-chest\", \"name\": \"Knees to chest\", \"dose\": {\"holdSeconds\": 30}, \"variants\": [{\"id\": \"one-leg\"}]}")))
    @APIResponse(responseCode = "404", description = "No exercise has this id",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown id",
                    value = "{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404, \"detail\": \"No exercise has the id 'handstand'.\"}")))
    @Path("/{id}")
    public Exercise one(@PathParam("id") String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("No exercise has the id '" + id + "'."));
    }
}
