package org.k2advisor.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.k2advisor.internal.answers.ValueEcho;

import io.javalin.http.Context;

/** GET /schemas/1.0/{name}: the JSON Schemas shipped in the jar, which /openapi.json refers to. */
final class SchemaRoute {
    /** Where the jar holds the schemas; the version is a folder so that the module does not hide them. */
    static final String DIRECTORY = "/schemas/1.0/";
    private static final Pattern NAME = Pattern.compile("[a-z-]+\\.schema\\.json");

    void schema(Context ctx) {
        String name = ctx.pathParam("name");
        String text = NAME.matcher(name).matches() ? read(DIRECTORY + name) : null;
        if (text == null) {
            throw new HttpProblem(404, "not-found", "No such schema", "no schema is named " + ValueEcho.of(name)
                    + "; /openapi.json refers to each one there is");
        }
        Responses.send(ctx, "application/schema+json", text);
    }

    private static String read(String resource) {
        try (InputStream in = SchemaRoute.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
