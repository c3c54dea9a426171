package org.decompress.figure;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.language.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pictures: {@code /figures/{key}.svg} moves between its poses, {@code /figures/{key}-still.svg}
 * shows both side by side, with their words in the language of {@code lang=} (English without).
 * The same for everyone, so caches may keep them.
 */
@Path("/figures")
@Tag(name = "Pages", description = "The web pages people use")
public class FigureResource {

    private static final CacheControl A_DAY = CacheControl.valueOf("public, max-age=86400");

    private final FigureBook figures;
    private final Languages languages;

    public FigureResource(FigureBook figures, Languages languages) {
        this.figures = figures;
        this.languages = languages;
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
            + "The key is the exercise id, or id--variant; lang= chooses the language of its words.")
    public Response figure(@PathParam("name") String name, @QueryParam("lang") String lang) {
        if (!name.endsWith(".svg")) {
            throw new NotFoundException();
        }
        String key = name.substring(0, name.length() - ".svg".length());
        boolean still = key.endsWith("-still");
        Language language = languages.resolve(lang, List.of());
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        FigureBook.Drawn drawn = figures.drawn(still ? key.substring(0, key.length() - "-still".length()) : key, languages.contentWords(language),
                new FigureRenderer.Labels(null, msg.seen_from_the_front(), msg.both_poses()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(still ? drawn.still() : drawn.moving()).cacheControl(A_DAY)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
