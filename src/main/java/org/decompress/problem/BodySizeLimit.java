package org.decompress.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over its path's limit before it is read, as a 413 that says the limit. A real set
 * of answers to the JSON API is under 2 KiB: {@link #MAX_BYTES}. A clinical system sends FHIR as it
 * stores it: an intake response and 12 check-ins with narrative ({@code text}) and {@code meta}
 * measured 46.5 KiB here (CdsHooksTest) and about 72 KiB in an integrator's review, with longer
 * narratives; hence {@link #FHIR_MAX_BYTES} on {@code /fhir} and {@code /cds-services}, over three
 * times the larger. (Quarkus' own, higher limit,
 * {@code quarkus.http.limits.max-body-size}, stays as a backstop for bodies sent without a length; it
 * answers 413 with no body.)
 */
public class BodySizeLimit {

    public static final long MAX_BYTES = 64 * 1024;
    public static final long FHIR_MAX_BYTES = 256 * 1024;

    /** A 413 that knows the limit it broke. */
    public static final class TooLarge extends WebApplicationException {
        private final long limit;

        TooLarge(long limit) {
            super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long limit = limitFor(request.getUriInfo().getPath());
        if (length != null && isOver(length, limit)) {
            throw new TooLarge(limit);
        }
    }

    public static long limitFor(String path) {
        return ClinicalPaths.covers(path) ? FHIR_MAX_BYTES : MAX_BYTES;
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x has already refused a malformed length
        }
    }
}
