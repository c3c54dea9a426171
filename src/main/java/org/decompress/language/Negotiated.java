package org.decompress.language;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Responses in the language a request asked for: they say which ({@code Content-Language}) and that it depends on {@code Accept-Language}. */
public final class Negotiated {

    private Negotiated() {
    }

    public static Response.ResponseBuilder in(Language language, Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    public static Response ok(Object entity, Language language) {
        return in(language, Response.ok(entity)).build();
    }
}
