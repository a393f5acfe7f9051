package dev.livechat.application.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated visitor who comes back again and again (same browser key), and the operator the
 * service gives it. An iteration is one conversation: start it with a first message, exchange
 * messages, the operator reads the panel and the help queue (every fifth conversation is first
 * put in the queue), and the visitor closes it.
 */
final class VirtualUser {
    static final String START = "POST /conversations (start)";
    static final String VISITOR_MESSAGE = "POST /conversations/{id}/messages (visitor)";
    static final String OPERATOR_MESSAGE = "POST /conversations/{id}/messages (operator)";
    static final String PANEL = "GET /conversations/{id}/panel";
    static final String ASK_FOR_HELP = "PUT /conversations/{id}/status (help)";
    static final String HELP_QUEUE = "GET /conversations?status=LOOKING_FOR_HELP";
    static final String CLOSE = "POST /conversations/{id}/close";

    private static final List<String> LANGUAGES =
            List.of("fr-BE,fr;q=0.9,en;q=0.8", "nl-BE,nl;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.5", "es");
    private static final List<String> COUNTRIES = List.of("BE", "FR", "NL", "DE");
    private static final List<String> EXPERTISE = List.of("billing", "shipping", "returns", "technical");

    private final int number;
    private final LoadDriver.Seed seed;
    private final int messages;

    VirtualUser(int number, LoadDriver.Seed seed, int messages) {
        this.number = number;
        this.seed = seed;
        this.messages = messages;
    }

    /** One conversation from start to close; false when the start itself failed. */
    boolean converse(LoadClient http, int iteration) {
        int variant = number + iteration;
        LoadClient.Reply started = http.call(
                START,
                "POST",
                "/conversations",
                null,
                startBody(variant),
                Map.of("Accept-Language", LANGUAGES.get(variant % LANGUAGES.size())));
        if (!started.ok()) return false;
        String id = started.text("id");
        String visitor = started.text("visitorToken");
        String operatorId = started.body().path("operator").path("id").asText(null);
        String operator = operatorId == null ? null : seed.operatorTokens().get(operatorId);
        String conversation = "/conversations/" + id;
        for (int m = 0; m < messages; m++) {
            http.call(VISITOR_MESSAGE, "POST", conversation + "/messages", visitor, message("Visitor message " + m));
            if (operator != null)
                http.call(
                        OPERATOR_MESSAGE, "POST", conversation + "/messages", operator, message("Operator reply " + m));
        }
        String reader = operator != null ? operator : seed.adminToken();
        http.call(PANEL, "GET", conversation + "/panel", reader, null);
        if (operator != null && iteration % 5 == 0)
            http.call(ASK_FOR_HELP, "PUT", conversation + "/status", operator, Map.of("status", "LOOKING_FOR_HELP"));
        http.call(HELP_QUEUE, "GET", "/conversations?status=LOOKING_FOR_HELP", reader, null);
        http.call(CLOSE, "POST", conversation + "/close", visitor, null);
        return true;
    }

    private Map<String, Object> startBody(int variant) {
        Map<String, Object> visitor = new LinkedHashMap<>();
        visitor.put("name", "Visitor " + number);
        visitor.put("key", "browser-" + number);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channelId", seed.channelId());
        body.put("visitor", visitor);
        if (variant % 4 != 3) body.put("country", COUNTRIES.get(variant % COUNTRIES.size()));
        if (variant % 3 != 0)
            body.put(
                    "chatbot",
                    Map.of(
                            "answers",
                            List.of(Map.of("question", "What is it about?", "answer", "My last order")),
                            "expertise",
                            List.of(EXPERTISE.get(variant % EXPERTISE.size()))));
        body.put("message", "Hello, I have a question about my order " + variant + ".");
        return body;
    }

    private static Map<String, Object> message(String text) {
        return Map.of("body", text);
    }
}
