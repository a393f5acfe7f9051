import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak's load: each client, in a loop until the time is up, lives one whole conversation as a
 * visitor and its operator would: a start with a first message, five visitor and five operator
 * messages, two panel reads and a help-queue read by the operator, and the close. Writes its
 * counts to a file every second (the shell script samples the service beside them) and prints
 * them at the end. Run from the service's jar, which holds Jackson:
 * {@code java -cp livechat.jar bench/Soak.java BASE_URL CHANNEL_ID OPERATORS CLIENTS MINUTES COUNTS_FILE},
 * OPERATORS being {@code id=token,id=token}.
 */
public class Soak {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final LongAdder conversations = new LongAdder();
    private static final LongAdder requests = new LongAdder();
    private static final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private static final AtomicLong slowest = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0] + "/api/v1";
        String channel = args[1];
        Map<String, String> tokens = new TreeMap<>();
        for (String pair : args[2].split(",")) tokens.put(pair.split("=")[0], pair.split("=")[1]);
        int clients = Integer.parseInt(args[3]);
        long end = System.nanoTime() + (long) (Double.parseDouble(args[4]) * 60e9);
        Path counts = Path.of(args[5]);

        String start = "{\"channelId\":\"" + channel + "\",\"visitor\":{\"name\":\"Marie\",\"email\":\"marie@example.com\"},"
                + "\"chatbot\":{\"answers\":[{\"question\":\"Topic?\",\"answer\":\"Invoice\"}],\"expertise\":[\"Billing\"]},"
                + "\"message\":\"Hello, my invoice is wrong.\"}";
        Thread[] threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        converse(base, start, tokens);
                    } catch (Exception e) {
                        count(e.getClass().getSimpleName());
                    }
                }
            });
            threads[i].start();
        }
        while (anyAlive(threads)) {
            Files.writeString(counts, line());
            Thread.sleep(1000);
        }
        Files.writeString(counts, line());
        System.out.println(line());
    }

    private static void converse(String base, String start, Map<String, String> tokens) throws Exception {
        JsonNode started = call("POST", base + "/conversations", null, start);
        if (started == null) return;
        String id = started.path("id").asText();
        String visitor = "Bearer " + started.path("visitorToken").asText();
        String token = tokens.get(started.path("operator").path("id").asText());
        if (token == null) { // queued: no operator free; close it as the visitor
            call("POST", base + "/conversations/" + id + "/close", visitor, null);
            return;
        }
        String operator = "Bearer " + token;
        for (int i = 1; i <= 5; i++) {
            call("POST", base + "/conversations/" + id + "/messages", operator, "{\"body\":\"Answer " + i + ", checking now.\"}");
            call("POST", base + "/conversations/" + id + "/messages", visitor, "{\"body\":\"Thanks, message " + i + ".\"}");
            if (i == 2 || i == 4) call("GET", base + "/conversations/" + id + "/panel", operator, null);
        }
        call("GET", base + "/conversations?status=LOOKING_FOR_HELP", operator, null);
        call("POST", base + "/conversations/" + id + "/close", operator, null);
        conversations.increment();
    }

    /** The answer's JSON, or null (counted as an error by status) when it is not a 2xx. */
    private static JsonNode call(String method, String url, String auth, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (auth != null) request.header("Authorization", auth);
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        long t0 = System.nanoTime();
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        slowest.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
        requests.increment();
        if (answer.statusCode() / 100 != 2) {
            count(String.valueOf(answer.statusCode()));
            return null;
        }
        return JSON.readTree(answer.body());
    }

    private static void count(String what) {
        errors.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    private static boolean anyAlive(Thread[] threads) {
        for (Thread t : threads) if (t.isAlive()) return true;
        return false;
    }

    private static String line() {
        long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
        return conversations.sum() + " " + requests.sum() + " " + failed + " " + slowest.get() + " " + new TreeMap<>(errors)
                + "\n";
    }
}
