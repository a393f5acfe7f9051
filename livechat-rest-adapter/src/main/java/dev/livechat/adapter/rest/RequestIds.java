package dev.livechat.adapter.rest;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is sane (at most 64 of
 * {@code [A-Za-z0-9._-]}, so that it cannot forge log lines or blow up a header), else a fresh
 * one. It is echoed in the response, in the SLF4J MDC ({@code requestId}) for every log line of the
 * request's thread, and in every problem+json ({@code requestId}), so that a user's report of an
 * error leads to its log lines.
 */
final class RequestIds extends Handler.Wrapper {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** The request attribute that holds the id, for {@link Problems} and {@link ProblemErrorHandler}. */
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    RequestIds(Handler handler) {
        super(handler);
    }

    static String of(String given) {
        return given != null && SANE.matcher(given).matches() ? given : fresh();
    }

    /**
     * A random id in the shape of a UUID: it tells requests apart in logs and need not be
     * unguessable, so it does not draw on {@code SecureRandom} as {@code UUID.randomUUID()} does
     * (2–3 % of what the framework spends on a remembered panel, in the profile).
     */
    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The id of the request, or null outside of one. */
    static String current(Request request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = of(request.getHeaders().get(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.getHeaders().put(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            return super.handle(request, new Stamped(request, response, id), callback);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Puts the header back at commit time too, in case a handler reset the response meanwhile. */
    private static final class Stamped extends Response.Wrapper {
        private final String id;

        Stamped(Request request, Response wrapped, String id) {
            super(request, wrapped);
            this.id = id;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted()) getHeaders().put(HEADER, id);
            super.write(last, content, callback);
        }
    }
}
