import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several parties posting into one open conversation at once, counting the answers by status:
 * {@code java bench/Posters.java BASE_URL CONVERSATION_ID PARTIES MESSAGES TOKEN [TOKEN …]} — party
 * i posts with token i modulo the tokens given (the visitor's and participating operators').
 */
public class Posters {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String conversation = args[1];
        int parties = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parties);
        long start = System.nanoTime();
        for (int p = 0; p < parties; p++) {
            String token = args[4 + p % (args.length - 4)];
            int party = p;
            pool.submit(() -> {
                for (int m = 0; m < messages; m++) {
                    HttpRequest post = HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/conversations/" + conversation + "/messages"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"body\":\"party " + party + " message " + m + "\"}"))
                            .build();
                    int status;
                    try {
                        status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<Integer, Integer> sorted = new TreeMap<>();
        statuses.forEach((s, n) -> sorted.put(s, n.get()));
        System.out.println("posters " + parties + " x " + messages + ": " + sorted + " in " + millis + " ms");
    }
}
