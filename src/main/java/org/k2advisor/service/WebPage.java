package org.k2advisor.service;

import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The web page at {@code /}: plain HTML, CSS and ES modules from the jar ({@code /web/}), and
 * Mermaid from its WebJar under {@code /webjars/}. No route of the API: the page is a client of
 * /v1 like any other, so it is served as static files and is not in the OpenAPI document.
 */
final class WebPage {
    /** Where the jar holds the page. */
    static final String DIRECTORY = "/web";

    /**
     * The page runs only its own scripts and talks only to this service. Mermaid writes style
     * attributes and a style element into the diagrams it draws, hence inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private WebPage() {}

    static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
        });
        config.staticFiles.enableWebjars();
    }
}
