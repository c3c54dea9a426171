package org.decompress.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final Catalog catalog;

    public ExerciseResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<Exercise> all() {
        return catalog.exercises();
    }

    @GET
    @Path("/{id}")
    public Exercise one(@PathParam("id") String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("No exercise has the id '" + id + "'."));
    }
}
