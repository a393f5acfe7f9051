package dev.livechat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.adapter.rest.Routes.Route;
import dev.livechat.domain.LiveChat;
import dev.livechat.domain.port.in.ManageWebhooksUseCase;
import dev.livechat.domain.port.out.ReadEventsPort;
import dev.livechat.domain.typing.TypingNotice;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/JSON face of the live chat (docs/rest-api.md): every route under {@code /api/v1}, plus
 * {@code /health} and {@code /openapi.json}, on Javalin 7 (Jetty 12). Single use: construct,
 * {@link #start}, {@link #stop}.
 *
 * <pre>{@code
 * RestApi api = new RestApi(chat, eventStore, () -> Map.of("database", db.isUp()), RestSettings.defaults());
 * api.start("0.0.0.0", 8080);
 * // publisher of the LiveChat: records -> api.wake()
 * }</pre>
 */
public final class RestApi {
    /** How long {@link #stop()} lets requests in flight finish. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** Where the link of a transcript confirmation mail points, under the service's public URL. */
    public static final String CONFIRMATION_PATH = Routes.BASE + "/transcripts/confirm";

    /** On stop, how long idle keep-alive connections may linger (requests in flight get {@link #STOP_TIMEOUT}). */
    private static final Duration SHUTDOWN_IDLE = Duration.ofMillis(250);

    /**
     * Request threads (Javalin's default allows 250). A request spends most of its time waiting for
     * the database, whose pool has 10 connections by default, and an event stream holds no thread:
     * beyond this, threads add memory (a stack and a malloc arena each under load), not throughput;
     * further requests wait in Jetty's queue instead.
     */
    private static final int MAX_THREADS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final ObjectMapper mapper = Json.mapper();
    private final Problems problems = new Problems(mapper);
    private final Bodies bodies;
    private final RateLimiter limits;
    private final EventHub hub;
    private final Cors cors;
    private final List<Route> routes;
    private final Telemetry telemetry;
    private final Javalin app;
    private final StartGate gate;
    private boolean started;

    public RestApi(LiveChat chat, ReadEventsPort events, HealthCheck health, RestSettings settings) {
        this(chat, events, health, () -> true, settings, Telemetry.none());
    }

    /**
     * @param ready whether start-up is done (demo data seeded, say): until it is, {@code GET
     *     /health/ready} answers 503 even though the database is up
     */
    public RestApi(
            LiveChat chat, ReadEventsPort events, HealthCheck health, BooleanSupplier ready, RestSettings settings) {
        this(chat, events, health, ready, settings, Telemetry.none());
    }

    /**
     * As the other constructors, measuring every request and serving {@code GET /metrics} through the
     * telemetry.
     */
    public RestApi(
            LiveChat chat,
            ReadEventsPort events,
            HealthCheck health,
            BooleanSupplier ready,
            RestSettings settings,
            Telemetry telemetry) {
        this(chat, events, health, ready, settings, telemetry, new NoWebhooks());
    }

    /** As the other constructors, with the managers' webhooks (without them, their routes answer 503). */
    public RestApi(
            LiveChat chat,
            ReadEventsPort events,
            HealthCheck health,
            BooleanSupplier ready,
            RestSettings settings,
            Telemetry telemetry,
            ManageWebhooksUseCase webhooks) {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(ready, "ready");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(settings, "settings");
        Responses out = new Responses(mapper);
        this.limits = new RateLimiter(settings.rateLimits(), new ClientAddress(settings.clientAddressHeader()));
        Authenticator auth = new Authenticator(chat.authenticate(), limits);
        this.bodies = new Bodies(mapper, settings.maxBodyBytes());
        Cors cors = new Cors(chat.allowedOrigins());
        this.cors = cors;
        this.hub = new EventHub(events, new SseFrames(mapper), settings.eventPoll(), settings.heartbeat());
        this.routes = Routes.table(
                new ConversationEndpoints(chat, auth, bodies, out, settings, limits, cors),
                new PanelEndpoints(chat, auth, bodies, out, limits),
                new AdminEndpoints(chat, auth, bodies, out),
                new ExportEndpoints(chat, auth, mapper),
                new OperatorEndpoints(chat, auth, bodies, out),
                new CannedResponseEndpoints(chat, auth, bodies, out),
                new SignalEndpoints(chat, auth, bodies, out),
                new WebhookEndpoints(webhooks, auth, bodies, out),
                new EventStream(auth, hub, events, cors, chat.participations()),
                new ServiceEndpoints(health, ready, out, problems),
                new MetricsEndpoint(telemetry, limits),
                new AttachmentEndpoints(chat, auth, out, limits),
                new OfflineEndpoints(chat, auth, bodies, out, limits, cors),
                new HistoryEndpoints(chat, auth, out),
                new PrivacyEndpoints(chat, auth, bodies, out));
        this.gate = new StartGate(new SecurityHeaders(new WebAssets(new GracefulHandler())));
        this.app = Javalin.create(config -> configure(config, settings));
    }

    /** Listens on the host and port (0: any free port, see {@link #port()}) and starts the event hub. */
    public RestApi start(String host, int port) {
        listen(host, port);
        open();
        return this;
    }

    /**
     * As {@link #start}, but holds every request until {@link #open()}: the server starts while the
     * caller finishes its own start (the storage's boot, a bootstrap), and early requests wait for it
     * rather than being answered before the service can answer them (up to 30 s, then 503).
     */
    public synchronized RestApi listen(String host, int port) {
        if (started) throw new IllegalStateException("This RestApi was started already; make a new one");
        started = true;
        hub.start();
        app.start(host, port);
        for (Connector connector : app.jettyServer().server().getConnectors())
            if (connector instanceof AbstractConnector c) c.setShutdownIdleTimeout(SHUTDOWN_IDLE.toMillis());
        LOG.info("Live chat REST API listening on {}:{}", host, app.port());
        return this;
    }

    /** Lets the requests held since {@link #listen} through, and answers every later one at once. */
    public void open() {
        gate.open();
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Graceful: ends the event streams (clients reconnect elsewhere with Last-Event-ID), stops
     * accepting connections, and lets requests in flight finish for up to {@link #STOP_TIMEOUT}.
     */
    public void stop() {
        gate.refuse(); // held requests, if it never opened, are answered now rather than at the stop timeout
        hub.stop();
        app.stop();
    }

    /** The event streams open on this instance now (for a gauge). */
    public int openStreams() {
        return hub.subscriberCount();
    }

    /** Delivers new stored events to the event streams now rather than at the next poll. */
    public void wake() {
        hub.wake();
    }

    /**
     * Delivers a typing notice to this instance's event streams that may see it (the other side of
     * its conversation), live only: it has no position, is not stored and is never replayed.
     */
    public void typing(TypingNotice notice) {
        hub.typing(notice);
    }

    /**
     * The routes as registered with the server ("GET /api/v1/me"), in registration order; not the
     * HEAD twin every GET route has.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod() && e.endpoint.method != HandlerType.HEAD)
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .toList();
    }

    /** The pattern of the route that answered, not the raw path: metric labels stay as few as the routes. */
    private static String route(io.javalin.http.Context ctx) {
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? Telemetry.UNMATCHED : matched.path;
    }

    /** Every route's path and query parameters are text before its handler reads any. */
    private static Handler checked(Handler handler) {
        return ctx -> {
            Params.checkText(ctx);
            handler.handle(ctx);
        };
    }

    private void configure(JavalinConfig config, RestSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.http.compressionStrategy = JsonCompression.strategy();
        config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.setHandler(new RequestIds(gate));
            server.setErrorHandler(new ProblemErrorHandler(mapper));
        });
        config.router.javaLangErrorHandler(problems::handleError);
        config.routes.exception(Exception.class, problems::handle);
        config.routes.exception(HttpResponseException.class, problems::handle);
        // an upload has a limit of its own, which its route checks
        config.routes.before(ctx -> {
            if (!AttachmentEndpoints.isUpload(ctx)) bodies.checkDeclaredLength(ctx);
        });
        // per client address, before the body is read; per channel and conversation in the handlers
        config.routes.before(Routes.BASE + "/conversations", ctx -> {
            if (ctx.method() == HandlerType.POST) limits.start(ctx);
        });
        config.routes.before(cors::before);
        // method, path and status only: never headers (tokens) nor bodies
        config.requestLogger.http((ctx, ms) -> {
            LOG.debug("{} {} -> {} in {} ms", ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
            telemetry.requestCompleted(ctx.method().name(), route(ctx), ctx.statusCode(), (long) (ms * 1_000_000d));
        });
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), checked(route.handler()));
            // explicit, else Javalin answers HEAD of a GET route 200 without running it (no authentication)
            if (route.head() != null)
                config.routes.addHttpHandler(HandlerType.HEAD, route.path(), checked(route.head()));
        }
    }
}
