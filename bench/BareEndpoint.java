import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling the service is compared with: a bare Javalin 7 endpoint (the same framework, the same
 * JVM flags) answering a constant JSON body of the size the service answers, with nothing behind
 * it. Run from the service's jar, which holds Javalin:
 * {@code java -cp livechat.jar bench/BareEndpoint.java PORT GET_BODY_FILE POST_BODY_FILE}.
 */
public class BareEndpoint {
    public static void main(String[] args) throws Exception {
        byte[] get = Files.readAllBytes(Path.of(args[1]));
        byte[] post = Files.readAllBytes(Path.of(args[2]));
        Javalin.create(config -> {
                    config.routes.get("/get", ctx -> ctx.contentType("application/json").result(get));
                    config.routes.post("/post", ctx -> {
                        ctx.body();
                        ctx.status(201).contentType("application/json").result(post);
                    });
                })
                .start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
