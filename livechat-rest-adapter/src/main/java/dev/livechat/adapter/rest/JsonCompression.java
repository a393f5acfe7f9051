package dev.livechat.adapter.rest;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.ArrayList;
import java.util.List;

/**
 * Javalin's gzip (its default), told that the API's own answers are JSON. Before writing an answer
 * of 1,500 bytes or more, Javalin decides whether its type may be compressed: a type on its allowed
 * list by one exact comparison, any other by a case-insensitive search for each of ten excluded
 * types in the type's text. That search was 7 % of the CPU of a panel read or of the help queue,
 * whether or not the caller asked for gzip (most do not). The service's JSON types are now on the
 * allowed list; the same answers are compressed for the same callers as before, files and pictures
 * still by the excluded list.
 */
final class JsonCompression {
    private JsonCompression() {}

    /** A strategy of its own per service: Javalin's lists are mutable and its default is shared. */
    static CompressionStrategy strategy() {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
        List<String> allowed = new ArrayList<>(gzip.getAllowedMimeTypes());
        allowed.addAll(List.of(Responses.JSON, Problems.CONTENT_TYPE));
        gzip.setAllowedMimeTypes(allowed);
        return gzip;
    }
}
