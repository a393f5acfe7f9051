package dev.livechat.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser side, served from the jar: the operator console at {@code /}, the chat widget a
 * website embeds ({@code /widget.js}), the demo site at {@code /demo/}, and the chart library
 * (a WebJar under {@code /webjars/}). Static files, not routes: they are outside {@link Routes}
 * and the OpenAPI document. Their pages get {@link #PAGE_POLICY}: scripts, styles and calls of
 * this origin only, nothing inline, never framed.
 *
 * <p>A Jetty handler in front of Javalin rather than Javalin's static files, which look every
 * request up on the classpath first and slowed the API's own answers several times over. Here an
 * API path never touches the classpath, and a file once read is kept in memory.
 */
final class WebAssets extends Handler.Wrapper {
    /** The classpath folder of the console, the widget and the demo page. */
    static final String FOLDER = "/livechat-web";

    private static final String WEBJARS = "/webjars/";
    private static final String WEBJARS_FOLDER = "/META-INF/resources/webjars/";

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The API and the service's own answers keep the strictest policy (SecurityHeaders). */
    private static final List<String> NOT_PAGES = List.of(Routes.BASE + "/", "/health", "/openapi.json", "/metrics");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private record Asset(byte[] bytes, String type) {}

    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    WebAssets(Handler handler) {
        super(handler);
    }

    /** Whether the path is a page or an asset of one, not an answer of the API. */
    static boolean isPage(String path) {
        if (path.equals(Routes.BASE)) return false;
        for (String prefix : NOT_PAGES) if (path.startsWith(prefix)) return false;
        return true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        if (!(method.equals("GET") || method.equals("HEAD")) || !isPage(path))
            return super.handle(request, response, callback);
        if (path.equals("/demo")) {
            Response.sendRedirect(request, response, callback, "/demo/");
            return true;
        }
        Asset asset = find(path);
        if (asset == null) return super.handle(request, response, callback);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.type());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, asset.bytes().length);
        response.write(true, method.equals("HEAD") ? ByteBuffer.allocate(0) : ByteBuffer.wrap(asset.bytes()), callback);
        return true;
    }

    /** The file for the path, or null: only known kinds of file, never outside the two folders. */
    private Asset find(String path) {
        String file = path.endsWith("/") ? path + "index.html" : path;
        if (file.contains("..") || file.contains("//") || file.contains("\\")) return null;
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) return null;
        String resource = file.startsWith(WEBJARS) ? WEBJARS_FOLDER + file.substring(WEBJARS.length()) : FOLDER + file;
        Asset kept = cache.get(resource);
        if (kept != null) return kept;
        try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
            if (in == null) return null; // misses are not kept: any address could be asked for
            Asset read = new Asset(in.readAllBytes(), type);
            cache.put(resource, read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
