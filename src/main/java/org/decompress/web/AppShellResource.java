package org.decompress.web;

import org.decompress.page.Assets;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decompress.figure.FigureBook;
import org.decompress.language.Languages;
import org.decompress.language.Language;
import org.decompress.language.Messages;
import org.decompress.language.Negotiated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What lets Decompress live on a phone's home screen and open without a connection: the web app
 * manifest (in the language of {@code lang=}) and the service worker, which names its cache by the
 * build's version ({@link Assets}) so that every new build reaches every device.
 */
@Path("/")
@Tag(name = "Pages", description = "The web pages people use")
public class AppShellResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance serviceWorker(String version, List<String> languages, String defaultLanguage, List<String> assets,
                List<String> figures);
    }

    private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Languages languages;
    private final Assets assets;
    private final FigureBook figures;

    public AppShellResource(Languages languages, Assets assets, FigureBook figures) {
        this.languages = languages;
        this.assets = assets;
        this.figures = figures;
    }

    @GET
    @Path("manifest.webmanifest")
    @Produces("application/manifest+json")
    @Operation(summary = "The web app manifest", description = "Name and description in the language of lang= (English without).")
    public Response manifest(@QueryParam("lang") String lang) throws Exception {
        Language language = languages.resolve(lang, List.of());
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", msg.manifest_name());
        manifest.put("short_name", msg.brand());
        manifest.put("description", msg.manifest_description());
        manifest.put("lang", language.tag());
        manifest.put("start_url", language.equals(languages.defaultLanguage()) ? "/" : "/?lang=" + language.tag());
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#0b5cad");
        manifest.put("icons", List.of(
                Map.of("src", assets.url("/static/icon.svg"), "sizes", "any", "type", "image/svg+xml", "purpose", "any"),
                Map.of("src", assets.url("/static/icon-192.png"), "sizes", "192x192", "type", "image/png"),
                Map.of("src", assets.url("/static/icon-512.png"), "sizes", "512x512", "type", "image/png")));
        return Negotiated.in(language, Response.ok(PRETTY.writeValueAsString(manifest))).cacheControl(CacheControl.valueOf("public, max-age=3600")).build();
    }

    @GET
    @Path("sw.js")
    @Produces("text/javascript")
    @Operation(summary = "The service worker", description = "Caches the static files of this build for everyone; a new build replaces them.")
    public Response serviceWorker() {
        List<String> tags = languages.listed().stream().map(Language::tag).toList();
        TemplateInstance worker = Templates.serviceWorker(assets.version(), tags, languages.defaultLanguage().tag(), assets.urls(), figures.keys());
        // Browsers look for a new worker at every visit; it must never come from an HTTP cache.
        return Response.ok(worker).cacheControl(CacheControl.valueOf("no-cache")).build();
    }
}
