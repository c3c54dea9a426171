package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Negotiated;
import org.decompress.language.Wording;
import org.decompress.problem.Missing;
import org.decompress.config.OpenApiExamples;

@Path("/api/exercises")
@Tag(name = "Exercises", description = "The exercise catalog, with the traits the rules decide from")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    private final Catalogs catalogs;
    private final Languages languages;

    public ExerciseResource(Catalogs catalogs, Languages languages) {
        this.catalogs = catalogs;
        this.languages = languages;
    }

    @GET
    @Operation(summary = "The whole catalog", description = "Every exercise in the source's order, with steps, dose, cautions, variants and traits, "
            + "its words in the language of Accept-Language (Content-Language says which).")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Exercise.class,
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "first entries",
                    value = OpenApiExamples.EXERCISES_FIRST_ENTRIES)))
    public Response all(@Context HttpHeaders headers) {
        Language language = languages.resolve(null, headers.getAcceptableLanguages());
        return Negotiated.ok(catalogs.in(language).exercises(), language);
    }

    @GET
    @Operation(summary = "One exercise by its id", description = "For example knees-to-chest. An unknown id is a 404 problem.")
    @APIResponse(responseCode = "200", description = "The exercise",
            content = @Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Exercise.class),
                    examples = @ExampleObject(name = "knees to chest",
                    value = OpenApiExamples.EXERCISE_KNEES_TO_CHEST)))
    @APIResponse(responseCode = "404", description = "No exercise has this id",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown id",
                    value = OpenApiExamples.EXERCISE_UNKNOWN_ID)))
    @Path("/{id}")
    public Response one(@PathParam("id") String id, @Context HttpHeaders headers) {
        Language language = languages.resolve(null, headers.getAcceptableLanguages());
        Exercise exercise = catalogs.in(language).find(id)
                .orElseThrow(() -> new Missing(Wording.of("problem.no-exercise").with("id", id)));
        return Negotiated.ok(exercise, language);
    }
}
