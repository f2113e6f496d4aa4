package org.k2advisor.service;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.handler.GracefulHandler;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.UnknownAdviceException;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.service.cds.CorsPolicy;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The advisor over HTTP. Stateless: the compiled pack is shared, each request gets its own rules
 * session, so more copies behind any load balancer scale it out. Every route is a thin use of the
 * public {@link Advisor} API; every error is problem details. The web page at {@code /} is static
 * files that use the same API.
 */
public final class AdvisorService implements AutoCloseable {
    private final Javalin app;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Route> routes = new ArrayList<>();
    private final AccessLog log;
    private final java.time.Duration grace;

    /** A method and path the service answers, as registered. */
    public record Route(String method, String path) {}

    private AdvisorService(Advisor advisor, ServiceOptions options, PrintStream logTo) {
        this.log = new AccessLog(logTo);
        this.grace = options.shutdownGrace();
        Advisor budgeted = advisor.withTimeBudget(options.timeBudget());
        RequestBody body = new RequestBody(options.maxBodyBytes(), FhirQuestionnaire.of(advisor));
        AdviceRoutes advice = new AdviceRoutes(budgeted, body);
        BatchRoute batch = new BatchRoute(budgeted, options.maxBatchBytes());
        ExplainRoutes explain = new ExplainRoutes(budgeted, body);
        CatalogueRoutes catalogue = new CatalogueRoutes(advisor);
        HealthRoutes health = new HealthRoutes(advisor, stopping);
        OpenApiRoute openApi = new OpenApiRoute();
        SchemaRoute schemas = new SchemaRoute();
        FhirRoutes fhir = new FhirRoutes(advisor);
        CdsHooksRoutes cds = new CdsHooksRoutes(budgeted, body, new CorsPolicy(options.corsOrigins()), log);
        this.app = Javalin.create(config -> {
            quiet(config);
            limits(config, options, log);
            config.events.handlerAdded(added -> routes.add(new Route(added.getHttpMethod().name(), added.getPath())));
            config.events.serverStopped(stopped::countDown);
            config.requestLogger.http(log::log);
            config.routes.post("/v1/advice", advice::advice);
            config.routes.post(BatchRoute.PATH, batch::batch);
            config.routes.post("/v1/questions/applicable", advice::applicable);
            config.routes.post("/v1/explain/why", explain::why);
            config.routes.post("/v1/explain/why-not", explain::whyNot);
            config.routes.post("/v1/explain/what-if", explain::whatIf);
            config.routes.post("/v1/explain/steps", explain::steps);
            config.routes.get("/v1/questionnaire", catalogue::questionnaire);
            config.routes.get("/v1/catalogue", catalogue::catalogue);
            config.routes.get("/v1/claims", catalogue::claims);
            config.routes.get("/v1/rules", catalogue::rules);
            config.routes.get("/health", health::health);
            config.routes.get("/ready", health::ready);
            config.routes.get("/openapi.json", openApi::document);
            config.routes.get(SchemaRoute.DIRECTORY + "{name}", schemas::schema);
            config.routes.get(FhirRoutes.QUESTIONNAIRE_PATH, fhir::questionnaire);
            config.routes.get(CdsHooksRoutes.DISCOVERY, cds::discovery);
            config.routes.post(CdsHooksRoutes.SERVICE, cds::call);
            config.routes.post(CdsHooksRoutes.FEEDBACK, cds::feedback);
            config.routes.options(CdsHooksRoutes.DISCOVERY, cds::preflight);
            config.routes.options(CdsHooksRoutes.SERVICE, cds::preflight);
            config.routes.options(CdsHooksRoutes.FEEDBACK, cds::preflight);
            WebPage.serve(config);
            errors(config);
        });
        app.start(options.host(), options.port());
    }

    /**
     * Starts listening; returns once the port is bound.
     *
     * @param logTo where the access log and the service's own notes go (standard error)
     */
    public static AdvisorService start(Advisor advisor, ServiceOptions options, PrintStream logTo) {
        return new AdvisorService(advisor, options, logTo);
    }

    public int port() {
        return app.port();
    }

    /** Every route the service answers, for the OpenAPI check. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Stops taking new connections, lets requests in flight finish (within the shutdown grace),
     * then stops. /ready says no from the first moment.
     */
    @Override
    public void close() {
        if (stopping.compareAndSet(false, true)) {
            log.note("stopping: no new connections; requests in flight have up to " + grace.toSeconds() + " s to finish");
            app.stop();
            log.note("stopped");
        }
    }

    /** Blocks until the server has stopped (after {@link #close}, from a shutdown hook for example). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private static void quiet(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
    }

    private static void limits(JavalinConfig config, ServiceOptions options, AccessLog log) {
        config.http.maxRequestSize = options.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> {
            // Jetty finishes requests in flight on stop only with a GracefulHandler, and waits at most this long.
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(options.shutdownGrace().toMillis());
            server.setErrorHandler(new ProtocolErrors(log));
        });
    }

    private void errors(JavalinConfig config) {
        config.routes.exception(HttpProblem.class, (e, ctx) -> ProblemResponse.send(ctx, e));
        config.routes.exception(InvalidAnswersException.class,
                (e, ctx) -> ProblemResponse.send(ctx, HttpProblem.invalidAnswers(e)));
        config.routes.exception(UnknownAdviceException.class, (e, ctx) -> ProblemResponse.send(ctx,
                new HttpProblem(400, "unknown-advice", "No such advice item", "advice: " + e.getMessage()).about("advice")));
        config.routes.exception(KnowledgePackException.class, (e, ctx) -> {
            log.note("the rules failed for " + ctx.method().name() + " " + ctx.path() + ": " + e.getMessage());
            ProblemResponse.send(ctx, new HttpProblem(500, "rules-failed", "The rules failed",
                    "the knowledge pack's rules failed for these answers: " + e.getMessage()));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.note("internal error on " + ctx.method().name() + " " + ctx.path() + ": " + e);
            ProblemResponse.send(ctx, new HttpProblem(500, "internal-error", "Internal error",
                    "an internal error happened; the service log has a line about it"));
        });
        config.routes.error(404, "*", ctx -> unlessWritten(ctx, new HttpProblem(404, "not-found", "No such route",
                "nothing is at " + org.k2advisor.internal.answers.ValueEcho.of(ctx.path())
                        + "; GET /openapi.json lists every route")));
        config.routes.error(405, "*", ctx -> unlessWritten(ctx, new HttpProblem(405, "method-not-allowed",
                "Method not allowed", ctx.method().name() + " is not allowed on " + ctx.path()
                        + "; GET /openapi.json lists every route and its methods")));
    }

    /** Javalin calls an error handler for every response with that status; ours already wrote their problem. */
    private static void unlessWritten(Context ctx, HttpProblem problem) {
        String contentType = ctx.res().getContentType();
        if (contentType == null || !contentType.startsWith(ProblemResponse.MEDIA_TYPE)) {
            ProblemResponse.send(ctx, problem);
        }
    }
}
