package dev.livechat.adapter.rest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Holds the requests that arrive before the service is open: the server listens while the storage
 * still boots (a restart's longest part), so that both happen at once, yet no request is answered
 * before the service can answer it, and none is refused for coming a moment early. Once open, a
 * request pays one volatile read here. A request held longer than {@link #LONGEST_HOLD}, or when the
 * service stops without having opened, is answered 503 with {@code Retry-After}.
 */
final class StartGate extends Handler.Wrapper {
    static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

    private final CountDownLatch decided = new CountDownLatch(1);
    private volatile boolean open;

    StartGate(Handler handler) {
        super(handler);
    }

    /** Lets every held request and every later one through. */
    void open() {
        open = true;
        decided.countDown();
    }

    /** The service stops: the requests held now, and any that still come before it opened, get a 503. */
    void refuse() {
        decided.countDown();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (open || awaitOpen()) return super.handle(request, response, callback);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        Response.writeError(request, response, callback, 503, "The service is starting; try again in a moment");
        return true;
    }

    private boolean awaitOpen() throws InterruptedException {
        decided.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        return open;
    }
}
