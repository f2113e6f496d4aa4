package org.k2advisor.service;

import java.time.Duration;
import java.util.List;

/**
 * How the service listens and what it accepts.
 *
 * @param host the address to bind; 127.0.0.1 unless the service is meant to be reached from elsewhere
 * @param port the port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest request body read; a larger one gets 413
 * @param timeBudget how long one evaluation of the rules may take before the request gets 503
 * @param shutdownGrace how long requests in flight may take to finish once a stop is asked for
 * @param corsOrigins origins allowed to call the CDS Hooks routes from a browser; "*" for any
 */
public record ServiceOptions(String host, int port, long maxBodyBytes, Duration timeBudget, Duration shutdownGrace,
        List<String> corsOrigins) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A real answers document is under 2 KB; a batch body streams and is not bound by this. */
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public ServiceOptions {
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static ServiceOptions defaults() {
        return new ServiceOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_BUDGET,
                DEFAULT_SHUTDOWN_GRACE, List.of());
    }

    public ServiceOptions withPort(int newPort) {
        return new ServiceOptions(host, newPort, maxBodyBytes, timeBudget, shutdownGrace, corsOrigins);
    }
}
