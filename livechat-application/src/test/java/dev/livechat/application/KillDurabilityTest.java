package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No write answered with 2xx is lost when the process is killed with SIGKILL: the service runs as a
 * child JVM ({@link ChildMain}, which is {@link Main}), several visitors post messages, the child is
 * killed in the middle of the load, restarted on the same data, and every message answered 201 must
 * be there. A second phase writes a channel and a user, stays idle a little, kills, and checks they
 * survived (the user's token still authenticates).
 *
 * <p>Bounded: loopback only, port 0, a few seconds of load per round, a time cap on the child JVM
 * (which also halts when this JVM goes away). {@code livechat.kill.rounds},
 * {@code livechat.kill.posters} and {@code livechat.kill.idleMillis} tune it; {@code livechat.kill.dbUrl}
 * points the embedded case at another URL, {@code {data}} standing for the data folder (to measure
 * other settings).
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class KillDurabilityTest {
    private static final int ROUNDS = Integer.getInteger("livechat.kill.rounds", 3);
    /** The last round's kill lands from just before the service's first compaction pass to 1.5 s after it. */
    private static final long PAST_FIRST_COMPACTION = Workers.COMPACTION.toMillis() - 500;

    private static final int POSTERS = Integer.getInteger("livechat.kill.posters", 4);

    private static final long IDLE_MILLIS = Long.getLong("livechat.kill.idleMillis", 2_000);
    private static final Pattern UP = Pattern.compile("livechat is up: http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path data;

    /** One visitor's conversation and the messages the service answered 201 for. */
    record Posted(String conversation, String visitorToken, ConcurrentLinkedQueue<String> acknowledged) {}

    /** Nanoseconds spent in posts answered 201, over all rounds. */
    private final java.util.concurrent.atomic.AtomicLong postNanos = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The embedded default (H2 with {@code WRITE_DELAY=0;REUSE_SPACE=FALSE} and compaction passes
     * that hold transactions back, docs/durability.md) loses nothing, idle phase included. The last
     * round lives past the first compaction pass, so a kill can meet one.
     */
    @Test
    void theEmbeddedDefaultKeepsEveryAnsweredWriteThroughSigkill() throws Exception {
        String url = System.getProperty("livechat.kill.dbUrl", "");
        killAndRestart(
                url.isEmpty()
                        ? new String[0]
                        : new String[] {"LIVECHAT_DB_URL", url.replace("{data}", data.toString())},
                "embedded");
    }

    @Test
    void postgresKeepsEveryAnsweredWriteThroughSigkill() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema()) {
            killAndRestart(schema.env(schema.jdbcUrl()), "postgres");
        }
    }

    private void killAndRestart(String[] database, String label) throws Exception {
        Map<String, String> env = E2e.env(data, database);
        env.put("LIVECHAT_PORT", "0");
        List<Posted> all = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int totalLost = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            try (Child child = Child.start(env, data.resolve("child-" + round + ".log"))) {
                if (round > 1) totalLost = Math.max(totalLost, check(child.http, all, report));
                String channel = child.channel("Round " + round);
                List<Posted> posted = new ArrayList<>();
                for (int p = 0; p < POSTERS; p++) {
                    Reply started = child.http
                            .post("/api/v1/conversations", null, Map.of("channelId", channel, "message", "hello"))
                            .hasStatus(201);
                    posted.add(new Posted(
                            started.text("id"), started.text("visitorToken"), new ConcurrentLinkedQueue<>()));
                }
                all.addAll(posted);
                long killAfter = (round == ROUNDS ? PAST_FIRST_COMPACTION : 1_000)
                        + ThreadLocalRandom.current().nextLong(2_000);
                int answered = load(child, posted, round, killAfter);
                report.add("round " + round + ": " + answered + " answered 201, SIGKILL after " + killAfter + " ms");
            }
        }
        String idleToken;
        String idleChannel;
        try (Child child = Child.start(env, data.resolve("child-idle.log"))) {
            totalLost = Math.max(totalLost, check(child.http, all, report));
            idleChannel = child.channel("Idle");
            idleToken = child.operator(idleChannel);
            Thread.sleep(IDLE_MILLIS);
            child.kill();
        }
        String keepIdle = System.getProperty("livechat.kill.keep", "");
        if (!keepIdle.isEmpty()) copy(data, Path.of(keepIdle + "-idle"));
        try (Child child = Child.start(env, data.resolve("child-last.log"))) {
            boolean channelKept = child.http
                    .get("/api/v1/channels", E2e.ADMIN)
                    .hasStatus(200)
                    .each("id")
                    .contains(idleChannel);
            Reply meReply = child.http.get("/api/v1/me", idleToken);
            int me = meReply.status();
            report.add("idle " + IDLE_MILLIS + " ms: channel " + (channelKept ? "kept" : "LOST") + ", user token " + me
                    + (me == 200 ? "" : " " + meReply.body()));
            int answered = all.stream().mapToInt(p -> p.acknowledged().size()).sum();
            report.add(String.format(
                    "mean latency of a post answered 201 under load: %.1f ms",
                    postNanos.get() / 1e6 / Math.max(1, answered)));
            System.out.println("KillDurabilityTest[" + label + "] " + String.join("; ", report));
            String keep = System.getProperty("livechat.kill.keep", "");
            if (!keep.isEmpty()) copy(data, Path.of(keep));
            assertThat(totalLost)
                    .as("messages answered 201 but gone after SIGKILL and restart (%s)", report)
                    .isZero();
            assertThat(channelKept)
                    .as("a channel created %d ms before SIGKILL", IDLE_MILLIS)
                    .isTrue();
            assertThat(me)
                    .as("the token of a user created %d ms before SIGKILL", IDLE_MILLIS)
                    .isEqualTo(200);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator)
                Files.copy(file, to.resolve(from.relativize(file).toString()));
        }
    }

    /** Posts from one thread per conversation until the child is killed; returns how many got 201. */
    private int load(Child child, List<Posted> posted, int round, long killAfterMillis) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> posters = new ArrayList<>();
        for (int p = 0; p < posted.size(); p++) {
            Posted target = posted.get(p);
            String prefix = "r" + round + "-p" + p + "-";
            Http http = new Http(child.http.port);
            Thread poster = new Thread(
                    () -> {
                        for (int n = 0; !killed.get(); n++) {
                            String body = prefix + n;
                            try {
                                long sent = System.nanoTime();
                                Reply reply = http.post(
                                        Instance.conversation(target.conversation(), "/messages"),
                                        target.visitorToken(),
                                        Map.of("body", body));
                                if (reply.status() == 201) {
                                    postNanos.addAndGet(System.nanoTime() - sent);
                                    target.acknowledged().add(body);
                                }
                            } catch (RuntimeException e) {
                                return; // the child is gone: this request's outcome is unknown, not counted
                            }
                        }
                    },
                    "poster-" + p);
            poster.start();
            posters.add(poster);
        }
        Thread.sleep(killAfterMillis);
        child.kill();
        killed.set(true);
        for (Thread poster : posters) poster.join(Http.TIMEOUT.toMillis() + 5_000);
        return posted.stream().mapToInt(p -> p.acknowledged().size()).sum();
    }

    /** After a restart: how many of all the messages answered 201 so far are gone (they stay gone). */
    private static int check(Http http, List<Posted> all, List<String> report) {
        int lost = lostMessages(http, all);
        int answered = all.stream().mapToInt(p -> p.acknowledged().size()).sum();
        report.add("after restart " + lost + " of the " + answered + " answered so far missing");
        return lost;
    }

    /** Messages answered 201 before a kill that the restarted service does not have. */
    private static int lostMessages(Http http, List<Posted> all) {
        int lost = 0;
        for (Posted p : all) {
            Reply conversation =
                    http.get(Instance.conversation(p.conversation(), "/messages?limit=1"), p.visitorToken());
            if (conversation.status() != 200) {
                lost += p.acknowledged().size();
                continue;
            }
            Set<String> present = new HashSet<>();
            long after = 0;
            while (true) {
                JsonNode page = http.get(
                                Instance.conversation(p.conversation(), "/messages?limit=1000&after=" + after),
                                p.visitorToken())
                        .hasStatus(200)
                        .json();
                if (page.isEmpty()) break;
                for (JsonNode message : page) {
                    present.add(message.path("body").asText());
                    after = message.path("seq").asLong();
                }
            }
            for (String body : p.acknowledged()) if (!present.contains(body)) lost++;
        }
        return lost;
    }

    /** The service in a child JVM, its output in a log file; killed with SIGKILL, never stopped politely. */
    static final class Child implements AutoCloseable {
        final Process process;
        final Http http;
        final Path log;

        private Child(Process process, Http http, Path log) {
            this.process = process;
            this.http = http;
            this.log = log;
        }

        static Child start(Map<String, String> env, Path log) throws Exception {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String jar = System.getProperty("livechat.kill.jar", "");
            String classPath = jar.isEmpty()
                    ? System.getProperty("java.class.path")
                    : jar
                            + File.pathSeparator
                            + Path.of("target", "test-classes").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(
                    java,
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-Dlivechat.child.maxSeconds=120",
                    // the service's own logging (INFO: "livechat is up: …"), not the tests' quiet one
                    "-Dlogback.configurationFile=logback-child.xml",
                    "-cp",
                    classPath,
                    ChildMain.class.getName());
            builder.environment().keySet().removeIf(k -> k.startsWith("LIVECHAT_"));
            builder.environment().putAll(env);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Process process = builder.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher up = UP.matcher(read(log));
                if (up.find()) return new Child(process, new Http(Integer.parseInt(up.group(1))), log);
                if (!process.isAlive())
                    throw new AssertionError("the child exited with " + process.exitValue() + ":\n" + read(log));
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new AssertionError("the child did not start within 90 s:\n" + read(log));
        }

        String channel(String name) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("maxSessionsPerOperator", null);
            return http.post("/api/v1/channels", E2e.ADMIN, body).hasStatus(201).text("id");
        }

        /** Creates an operator in the channel; returns the operator's token. */
        String operator(String channel) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Idle Ida");
            body.put("email", "ida@example.com");
            body.put("role", "LIVECHAT_USER");
            body.put("mainLanguage", "en");
            body.put("languages", List.of());
            body.put("country", "BE");
            body.put("expertise", List.of());
            body.put("channels", List.of(channel));
            return http.post("/api/v1/users", E2e.ADMIN, body).hasStatus(201).text("token");
        }

        /** SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS): no shutdown hook runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("the child died")
                    .isTrue();
            assertThat(process.exitValue())
                    .as("exit status of a SIGKILLed process")
                    .isEqualTo(128 + 9);
        }

        private static String read(Path log) {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) kill();
        }
    }
}
