package org.k2advisor.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;

/** GET /openapi.json: the hand-written OpenAPI 3.1 document shipped in the jar. */
final class OpenApiRoute {
    static final String RESOURCE = "/openapi/openapi.json";
    private final String document;

    OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void document(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, document);
    }
}
