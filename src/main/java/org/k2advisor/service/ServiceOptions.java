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
 * @param maxBatchBytes the most of a batch body read (it streams, so this bounds time, not memory);
 *     past it the batch ends with a "stopped" record, or gets 413 when Content-Length says so upfront
 */
public record ServiceOptions(String host, int port, long maxBodyBytes, Duration timeBudget, Duration shutdownGrace,
        List<String> corsOrigins, long maxBatchBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A real answers document is under 2 KB; a batch body streams and is not bound by this. */
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    /**
     * About 150,000 profiles, a few seconds of work on two cores: a bigger set is split across
     * requests, so that no single request holds a worker and a connection for minutes.
     */
    public static final long DEFAULT_MAX_BATCH_BYTES = 64L << 20;

    public ServiceOptions {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** With the default batch limit. */
    public ServiceOptions(String host, int port, long maxBodyBytes, Duration timeBudget, Duration shutdownGrace,
            List<String> corsOrigins) {
        this(host, port, maxBodyBytes, timeBudget, shutdownGrace, corsOrigins, DEFAULT_MAX_BATCH_BYTES);
    }

    public static ServiceOptions defaults() {
        return new ServiceOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_BUDGET,
                DEFAULT_SHUTDOWN_GRACE, List.of());
    }

    public ServiceOptions withPort(int newPort) {
        return new ServiceOptions(host, newPort, maxBodyBytes, timeBudget, shutdownGrace, corsOrigins, maxBatchBytes);
    }

    public ServiceOptions withMaxBatchBytes(long bytes) {
        return new ServiceOptions(host, port, maxBodyBytes, timeBudget, shutdownGrace, corsOrigins, bytes);
    }
}
