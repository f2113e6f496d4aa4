package org.k2advisor.service.cds;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.k2advisor.internal.answers.ValueEcho;

/**
 * Which web origins may call the CDS Hooks routes from a browser, such as the public CDS Hooks
 * sandbox. None unless named: the other routes are for servers and forms of one's own, and a page
 * from anywhere reading a person's advice is not wanted by default.
 */
public final class CorsPolicy {
    public static final String ANY = "*";
    /** What a preflight may ask for: a CDS client posts JSON and may send its bearer token. */
    public static final String METHODS = "GET, POST, OPTIONS";
    public static final String HEADERS = "Content-Type, Authorization";
    public static final String MAX_AGE_SECONDS = "600";

    private final List<String> origins;

    /** @param origins each "*" or scheme://host[:port], as {@link #checked} returns it */
    public CorsPolicy(List<String> origins) {
        this.origins = origins.stream().map(CorsPolicy::checked).toList();
    }

    /** The Access-Control-Allow-Origin value for a request from this origin, if it may call. */
    public Optional<String> allow(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        if (origins.contains(ANY)) {
            return Optional.of(ANY);
        }
        String normalized = origin.strip().toLowerCase(Locale.ROOT);
        return origins.contains(normalized) ? Optional.of(origin.strip()) : Optional.empty();
    }

    /**
     * An origin as a browser sends it: "*", or scheme, host and port only, lower case.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static String checked(String origin) {
        String text = origin.strip();
        if (text.equals(ANY)) {
            return ANY;
        }
        String bare = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = new URI(bare);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return bare.toLowerCase(Locale.ROOT);
            }
        } catch (java.net.URISyntaxException e) {
            // Said below, in the same words as any other origin that is not one.
        }
        throw new IllegalArgumentException("expected an origin such as https://sandbox.cds-hooks.org (scheme, host and "
                + "optional port, no path) or *, got " + ValueEcho.of(origin));
    }
}
