package dev.livechat.application;

import dev.livechat.domain.access.TokenHash;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar livechat.jar [--demo]}: runs the service until SIGTERM or Ctrl-C. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** A variable is wrong: change it. */
    static final int EXIT_CONFIGURATION = 2;
    /** A dependency (the database) does not answer: fix it, or point the variable elsewhere. */
    static final int EXIT_UNAVAILABLE = 1;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print("usage: java -jar livechat.jar [--demo | --version | --help]\n\n"
                    + "  --demo     seed an empty database with demo data and print tokens to try\n"
                    + "  --version  print the version\n\n"
                    + "Configuration, from environment variables (see README.md):\n"
                    + Variables.help());
            return;
        }
        if (arguments.contains("--version")) {
            System.out.println("livechat " + Version.current());
            return;
        }
        for (String argument : arguments)
            if (!argument.equals("--demo")) {
                System.err.println("unknown argument: " + argument + " (try --help)");
                System.exit(EXIT_CONFIGURATION);
            }
        LiveChatService service;
        try {
            service = LiveChatService.start(System.getenv(), arguments.contains("--demo"));
        } catch (ConfigException e) {
            fail(EXIT_CONFIGURATION, "configuration error: ", e);
            return;
        } catch (RuntimeException e) { // UnavailableException names the variable; anything else its cause
            fail(EXIT_UNAVAILABLE, "cannot start: ", e);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("stopping: finishing in-flight requests and workers");
                            service.close();
                            stopped.countDown();
                        },
                        "livechat-shutdown"));
        String base = "http://" + service.config().host() + ":" + service.port();
        LOG.info("livechat is up: {} ({})", base, service.config().describe());
        if (service.config().demo()) {
            try {
                demo(service, base);
            } finally {
                service.startedUp(); // ready also when seeding failed: the service itself works
            }
        }
        stopped.await();
    }

    /**
     * One line on stderr, what an operator reads first; the stack trace only at DEBUG, since the
     * line already names the cause and the variable to change.
     */
    private static void fail(int status, String prefix, RuntimeException e) {
        LOG.debug("start failed", e);
        String message =
                String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        System.err.println("livechat: " + prefix + message);
        System.exit(status);
    }

    private static void demo(LiveChatService service, String base) {
        String token = service.config().bootstrapToken().orElseGet(TokenHash::newToken);
        var seeded = new DemoData(service.chat()).seedIfEmpty(token);
        if (seeded.isEmpty()) {
            System.out.println(
                    "--demo: the database already has data; nothing seeded (tokens were printed the first time).");
            return;
        }
        StringBuilder out = new StringBuilder("\nDemo data seeded. Tokens (shown once):\n");
        seeded.get().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        String id = seeded.get().inProgress().value();
        out.append("\nA conversation in progress (Marie's, assigned to Ana): ")
                .append(id)
                .append('\n');
        out.append("\nIn a browser: the console at ")
                .append(base)
                .append("/ (sign in with a token above), and a website with the chat widget at ")
                .append(base)
                .append("/demo/?channel=")
                .append(seeded.get().website().value())
                .append('\n');
        out.append("\nTry:\n")
                .append("  curl -s ")
                .append(base)
                .append("/health\n")
                .append("  curl -s -H 'Authorization: Bearer <operator token>' '")
                .append(base)
                .append("/api/v1/conversations?status=LOOKING_FOR_HELP'\n")
                .append("  curl -s -H 'Authorization: Bearer <operator token>' ")
                .append(base)
                .append("/api/v1/conversations/" + id + "/panel\n")
                .append("  curl -N -H 'Authorization: Bearer <operator token>' ")
                .append(base)
                .append("/api/v1/events\n")
                .append("  ")
                .append(base)
                .append("/openapi.json\n");
        System.out.println(out);
    }
}
