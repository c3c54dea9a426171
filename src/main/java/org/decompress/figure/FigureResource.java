package org.decompress.figure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pictures: {@code /figures/{key}.svg} moves between its poses, {@code /figures/{key}-still.svg}
 * shows both side by side. The same for everyone, so caches may keep them.
 */
@Path("/figures")
@Tag(name = "Pages", description = "The web pages people use")
public class FigureResource {

    private static final CacheControl A_DAY = CacheControl.valueOf("public, max-age=86400");

    private final FigureBook figures;

    public FigureResource(FigureBook figures) {
        this.figures = figures;
    }

    /** Every figure's key: the service worker caches them all, the same for everyone. */
    @GET
    @Path("index.json")
    @jakarta.ws.rs.Produces("application/json")
    @Operation(summary = "The keys of every figure")
    public Response index() {
        return Response.ok(figures.keys()).cacheControl(A_DAY).build();
    }

    @GET
    @Path("{name}")
    @jakarta.ws.rs.Produces("image/svg+xml")
    @Operation(summary = "A figure of an exercise", description = "{key}.svg moves between the start and end pose; {key}-still.svg shows both. "
            + "The key is the exercise id, or id--variant.")
    public Response figure(@PathParam("name") String name) {
        if (!name.endsWith(".svg")) {
            throw new NotFoundException();
        }
        String key = name.substring(0, name.length() - ".svg".length());
        boolean still = key.endsWith("-still");
        FigureBook.Drawn drawn = figures.find(still ? key.substring(0, key.length() - "-still".length()) : key)
                .orElseThrow(NotFoundException::new);
        return Response.ok(still ? drawn.still() : drawn.moving()).cacheControl(A_DAY).build();
    }
}
