package org.decompress.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over {@link #MAX_BYTES} before it is read, as a problem+json 413. A real set of
 * answers is under 2 KiB. (Quarkus' own, higher limit, {@code quarkus.http.limits.max-body-size},
 * stays as a backstop for bodies sent without a length; it answers 413 with no body.)
 */
public class BodySizeLimit {

    public static final long MAX_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false; // Vert.x has already refused a malformed length
        }
    }
}
