package dev.livechat.adapter.rest;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries, whoever writes it (a route, Javalin's 404, Jetty's own
 * refusals through {@link ProblemErrorHandler}): no MIME sniffing, no referrer, and a policy that
 * lets a browser neither run nor frame anything of ours. The service serves JSON, server-sent
 * events and one tiny HTML page without script or style (the transcript confirmation), so the
 * strict policy fits every answer of the API; the console and widget pages ({@link WebAssets})
 * get a policy that admits this origin's own scripts, styles and calls, still nothing inline.
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    static void add(HttpFields.Mutable headers) {
        add(headers, CONTENT_SECURITY_POLICY);
    }

    private static void add(HttpFields.Mutable headers, String policy) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", policy);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String policy =
                WebAssets.isPage(Request.getPathInContext(request)) ? WebAssets.PAGE_POLICY : CONTENT_SECURITY_POLICY;
        add(response.getHeaders(), policy);
        return super.handle(request, new Stamped(request, response, policy), callback);
    }

    /** Puts the headers back at commit time too, in case a handler reset the response meanwhile. */
    private static final class Stamped extends Response.Wrapper {
        private final String policy;

        Stamped(Request request, Response wrapped, String policy) {
            super(request, wrapped);
            this.policy = policy;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted()) add(getHeaders(), policy);
            super.write(last, content, callback);
        }
    }
}
