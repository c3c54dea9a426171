package org.decompress.fhir;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.decompress.config.DecompressConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS on {@code /cds-services}, for the origins of {@code decompress.cds.cors-origins} only (a
 * clinical system whose CDS client runs in the browser). The headers are those of CDS Hooks 2.0,
 * "Cross-Origin Resource Sharing", with the caller's own origin in place of {@code *}. The rest of
 * the service sends no CORS headers: its pages and API are same-origin.
 */
public class CdsCors {

    private static final String PATH = "/cds-services";

    private final Set<String> origins;

    public CdsCors(DecompressConfig config) {
        this.origins = Set.copyOf(config.cds().corsOrigins().orElse(List.of()));
    }

    /** A preflight from an allowed origin is answered here, before any resource (or the token check) sees it. */
    @ServerRequestFilter(preMatching = true)
    public Response preflight(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && onCdsServices(request) && allowed(origin)
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            return Response.noContent().build();
        }
        return null;
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (!onCdsServices(request) || !allowed(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        headers.putSingle("Access-Control-Expose-Headers", "Origin, Accept, Content-Location, Location, X-Requested-With");
        headers.add(HttpHeaders.VARY, "Origin");
    }

    private boolean allowed(String origin) {
        return origin != null && origins.contains(origin);
    }

    private static boolean onCdsServices(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }
}
