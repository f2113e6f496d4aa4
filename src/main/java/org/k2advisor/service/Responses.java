package org.k2advisor.service;

import io.javalin.http.Context;

/** Every successful body goes out with its media type; text types name UTF-8 (JSON is UTF-8 by definition). */
final class Responses {
    private Responses() {}

    static void send(Context ctx, String mediaType, String body) {
        ctx.contentType(mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType).result(body);
    }
}
