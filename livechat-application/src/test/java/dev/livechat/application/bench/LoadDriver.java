package dev.livechat.application.bench;

import dev.livechat.application.LiveChatService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A bounded load on the real service, in-process: starts {@link LiveChatService} on a free
 * loopback port over a fresh database (an H2 file in a temporary folder, or a new PostgreSQL
 * schema with {@code --postgres}), seeds a channel and operators through the HTTP API, runs a
 * fixed number of conversations per virtual user under a time cap, prints per-endpoint count,
 * throughput and latency percentiles, then stops the service and removes the database.
 *
 * <p>Not a test: run it by hand (docs/benchmarks.md). Loopback only; nothing leaves the machine.
 */
public final class LoadDriver {
    /** What the virtual users share: the channel, the manager's token, and each operator's token by id. */
    record Seed(String channelId, String adminToken, Map<String, String> operatorTokens) {}

    private static final List<String> LANGUAGES = List.of("fr-BE", "nl-BE", "en", "de", "fr", "es");
    private static final List<String> COUNTRIES = List.of("BE", "FR", "NL", "DE", "ES");
    private static final List<String> EXPERTISE = List.of("billing", "shipping", "returns", "technical");

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        System.out.println("Load: " + options.describe());
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        int errors;
        try (Database database = Database.prepare(options)) {
            Map<String, String> env = new HashMap<>(database.env());
            String admin = "load-" + UUID.randomUUID();
            env.put("LIVECHAT_HOST", "127.0.0.1");
            env.put("LIVECHAT_PORT", "0");
            env.put("LIVECHAT_BOOTSTRAP_TOKEN", admin);
            long booting = System.nanoTime();
            try (LiveChatService service = LiveChatService.start(env, false)) {
                System.out.printf("Service up on 127.0.0.1:%d in %d ms%n", service.port(), millisSince(booting));
                errors = run(options, new LoadClient(service.port(), null), admin);
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    private static int run(LoadOptions options, LoadClient unrecorded, String admin) throws InterruptedException {
        Seed seed = seed(unrecorded, admin, options.operators());
        List<VirtualUser> users = Stream.iterate(0, i -> i + 1)
                .limit(options.users())
                .map(i -> new VirtualUser(i, seed, options.messages()))
                .toList();
        if (options.warmup() > 0) {
            long warming = System.nanoTime();
            phase(users, unrecorded, options.warmup(), options.timeCap());
            System.out.printf(
                    "Warm-up: %d conversations in %d ms (not recorded)%n",
                    options.users() * options.warmup(), millisSince(warming));
        }
        EndpointStats stats = new EndpointStats();
        long started = System.nanoTime();
        int conversations = phase(users, unrecorded.recordingInto(stats), options.iterations(), options.timeCap());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Measured: %d of %d conversations in %.1f s (%.1f conversations/s)%n%n",
                conversations, options.users() * options.iterations(), seconds, conversations / seconds);
        System.out.print(stats.table(seconds));
        String errors = stats.errorSamples();
        if (!errors.isEmpty()) System.out.println("\nErrors (first distinct causes):\n" + errors);
        return errors.isEmpty() && conversations == options.users() * options.iterations() ? 0 : 1;
    }

    /** Every user runs its conversations one after the other; all stop at the cap. Returns how many started. */
    private static int phase(List<VirtualUser> users, LoadClient http, int iterations, Duration cap)
            throws InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            for (VirtualUser user : users)
                pool.execute(() -> {
                    for (int i = 0; i < iterations && System.nanoTime() < deadline; i++)
                        if (user.converse(http, i)) done.incrementAndGet();
                });
            pool.shutdown();
            if (!pool.awaitTermination(cap.toSeconds() + LoadClient.TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS))
                System.out.println("Some virtual users did not stop in time; stopping them now");
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    /** A channel capped at 10 sessions per operator, and operators of mixed languages, countries and expertise, ONLINE. */
    private static Seed seed(LoadClient http, String admin, int operators) {
        long seeding = System.nanoTime();
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("name", "Load test");
        channel.put("maxSessionsPerOperator", 10);
        String channelId = http.require("POST", "/channels", admin, channel).text("id");
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < operators; i++) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("name", "Operator " + i);
            user.put("email", "operator." + i + "@example.com");
            user.put("role", "LIVECHAT_USER");
            user.put("mainLanguage", LANGUAGES.get(i % LANGUAGES.size()));
            user.put("languages", i % 3 == 0 ? List.of("en") : List.of());
            user.put("country", COUNTRIES.get(i % COUNTRIES.size()));
            user.put("expertise", List.of(EXPERTISE.get(i % EXPERTISE.size())));
            user.put("channels", List.of(channelId));
            LoadClient.Reply created = http.require("POST", "/users", admin, user);
            String token = created.text("token");
            http.require("PUT", "/me/presence", token, Map.of("presence", "ONLINE"));
            tokens.put(created.text("id"), token);
        }
        System.out.printf("Seeded 1 channel and %d operators in %d ms%n", operators, millisSince(seeding));
        return new Seed(channelId, admin, Map.copyOf(tokens));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** A fresh database for one run, removed afterwards: an H2 file in a temporary folder, or a PostgreSQL schema. */
    private interface Database extends AutoCloseable {
        Map<String, String> env();

        @Override
        void close();

        static Database prepare(LoadOptions options) throws IOException {
            return options.postgres()
                    ? new PostgresSchema(options)
                    : new H2Folder(Files.createTempDirectory("livechat-load"));
        }
    }

    private record H2Folder(Path dir) implements Database {
        @Override
        public Map<String, String> env() {
            return Map.of("LIVECHAT_DATA_DIR", dir.toString());
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class PostgresSchema implements Database {
        private final LoadOptions options;
        private final String name =
                "load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final Path dataDir;

        PostgresSchema(LoadOptions options) throws IOException {
            this.options = options;
            this.dataDir = Files.createTempDirectory("livechat-load");
            execute("create schema " + name);
        }

        @Override
        public Map<String, String> env() {
            String separator = options.pgUrl().contains("?") ? "&" : "?";
            return Map.of(
                    "LIVECHAT_DB_URL", options.pgUrl() + separator + "currentSchema=" + name,
                    "LIVECHAT_DB_USER", options.pgUser(),
                    "LIVECHAT_DB_PASSWORD", options.pgPassword(),
                    "LIVECHAT_DATA_DIR", dataDir.toString());
        }

        @Override
        public void close() {
            try {
                execute("drop schema " + name + " cascade");
            } finally {
                new H2Folder(dataDir).close();
            }
        }

        private void execute(String sql) {
            try (Connection connection =
                            DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed on " + options.pgUrl(), e);
            }
        }
    }
}
