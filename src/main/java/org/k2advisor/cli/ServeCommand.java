package org.k2advisor.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.Advisor;
import org.k2advisor.AdvisorException;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.service.AdvisorService;
import org.k2advisor.service.ServiceOptions;
import org.k2advisor.service.cds.CorsPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the advisor over HTTP: JSON in and out, errors as problem details (RFC 9457).",
            "Stateless: run more copies behind a load balancer to scale out. GET /openapi.json describes "
            + "every route. One access-log line per request goes to standard error (never the answers). "
            + "On SIGTERM or Ctrl-C it stops taking connections, lets requests in flight finish, then exits."},
        footer = {"", "Examples:",
            "  k2advisor serve",
            "  k2advisor serve --host 0.0.0.0 --port 9000",
            "  k2advisor serve --cors-origin https://sandbox.cds-hooks.org   # CDS Hooks at /cds-services",
            "  curl -s localhost:8080/v1/advice -H 'Content-Type: application/json' -d '{\"age\": 67}'",
            "",
            "Exit status: 143 stopped by SIGTERM (130 by Ctrl-C), as any JVM a signal stops, once requests in flight",
            "have finished; 2 bad option or the port cannot be used (one line on standard error)."})
final class ServeCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(|b|k|kb|m|mb)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)", Pattern.CASE_INSENSITIVE);

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServiceOptions.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "256k",
            description = "The largest request body read, such as 64k or 1m (default: ${DEFAULT-VALUE}); a larger one gets 413.")
    String maxBody;

    @Option(names = "--max-batch-body", paramLabel = "SIZE", defaultValue = "64m",
            description = "The most of a POST /v1/advice/batch body read (default: ${DEFAULT-VALUE}, about 150,000 "
                    + "profiles); the batch streams, so this bounds its time, not memory.")
    String maxBatchBody;

    @Option(names = "--time-budget", paramLabel = "DURATION", defaultValue = "2s",
            description = "How long the rules may run for one request, such as 500ms or 2s (default: ${DEFAULT-VALUE}); "
                    + "a request past it gets 500 rules-failed.")
    String timeBudget;

    @Option(names = "--shutdown-grace", paramLabel = "DURATION", defaultValue = "10s",
            description = "On stop, how long requests in flight may take to finish (default: ${DEFAULT-VALUE}).")
    String shutdownGrace;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call the CDS Hooks routes from a browser, such as "
                    + "https://sandbox.cds-hooks.org (repeatable; * for any).")
    List<String> corsOrigins = List.of();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new InvalidAnswersException(Code.USAGE, "--port", "expected a port from 0 to 65535, got " + port);
        }
        ServiceOptions options = new ServiceOptions(host, port, size("--max-body", maxBody),
                duration("--time-budget", timeBudget), duration("--shutdown-grace", shutdownGrace), origins(), size("--max-batch-body", maxBatchBody));
        Advisor advisor = pack.load();
        AdvisorService service = start(advisor, options);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "k2advisor-shutdown"));
        parent.console.err().println("k2advisor: serving http://" + host + ":" + service.port() + " (pack "
                + advisor.knowledgeBase().name() + " " + advisor.knowledgeBase().version()
                + "; GET /openapi.json lists the routes; Ctrl-C stops)");
        service.awaitStopped();
        return 0;
    }

    private AdvisorService start(Advisor advisor, ServiceOptions options) {
        try {
            return AdvisorService.start(advisor, options, parent.console.err());
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new AdvisorException("cannot listen on " + options.host() + ":" + options.port()
                        + ": the address is in use or not this machine's; choose another with --port or --host");
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof java.net.SocketException
                    || t instanceof java.nio.channels.UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    /** Checked here, so that a mistyped origin is a usage error at start, not a silently refused browser. */
    private List<String> origins() {
        return corsOrigins.stream().map(origin -> {
            try {
                return CorsPolicy.checked(origin);
            } catch (IllegalArgumentException e) {
                throw new InvalidAnswersException(Code.USAGE, "--cors-origin", e.getMessage());
            }
        }).toList();
    }

    static long size(String option, String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k", "kb" -> n * 1024;
                case "m", "mb" -> n * 1024 * 1024;
                default -> n;
            };
            if (bytes >= 1024 && bytes <= 64L * 1024 * 1024) {
                return bytes;
            }
        }
        throw new InvalidAnswersException(Code.USAGE, option, "expected a size from 1k to 64m, such as 256k, got "
                + ValueEcho.of(text));
    }

    static Duration duration(String option, String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
            if (d.compareTo(Duration.ofMillis(1)) >= 0 && d.compareTo(Duration.ofHours(1)) <= 0) {
                return d;
            }
        }
        throw new InvalidAnswersException(Code.USAGE, option, "expected a duration from 1ms to 60m, such as 500ms or 2s, got "
                + ValueEcho.of(text));
    }
}
