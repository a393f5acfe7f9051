package dev.livechat.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link Main} (through {@link ChildMain}) to its exit in a child JVM: start-up failures, --help. */
final class Child {
    private static final long MAX_SECONDS = 60;

    record Result(int status, String stdout, String stderr) {}

    private Child() {}

    /** LIVECHAT_DATA_DIR under dir, loopback and port 0 unless the overrides say otherwise. */
    static StartFailureTest.Outcome run(Path dir, Map<String, String> overrides, List<String> args)
            throws IOException, InterruptedException {
        Result r = exec(dir, overrides, args);
        return new StartFailureTest.Outcome(r.status(), r.stderr());
    }

    static Result exec(Path dir, Map<String, String> overrides, List<String> args)
            throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("LIVECHAT_HOST", "127.0.0.1");
        env.put("LIVECHAT_PORT", "0");
        env.put("LIVECHAT_DATA_DIR", dir.resolve("data").toString());
        env.putAll(overrides);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlivechat.child.maxSeconds=" + MAX_SECONDS,
                "-cp",
                System.getProperty("java.class.path"),
                ChildMain.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("LIVECHAT_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(MAX_SECONDS + 10, TimeUnit.SECONDS))
                throw new AssertionError("the child did not exit within " + MAX_SECONDS + " s; stderr: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
