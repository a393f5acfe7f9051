package dev.livechat.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@link Main} in a child JVM that cannot outlive its test: it halts when its standard input ends
 * (the parent test JVM is gone, however it died) or after {@code livechat.child.maxSeconds}.
 */
public final class ChildMain {
    private ChildMain() {}

    public static void main(String[] args) throws InterruptedException {
        long maxSeconds = Long.getLong("livechat.child.maxSeconds", 120);
        Thread watchdog = new Thread(
                () -> {
                    try {
                        InputStream in = System.in;
                        while (in.read() >= 0) {
                            // the parent never writes; EOF means it is gone
                        }
                    } catch (IOException e) {
                        // the pipe broke: the parent is gone too
                    }
                    Runtime.getRuntime().halt(3);
                },
                "livechat-child-stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Thread timer = new Thread(
                () -> {
                    try {
                        Thread.sleep(maxSeconds * 1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.err.println("livechat child: still running after " + maxSeconds + " s, halting");
                    Runtime.getRuntime().halt(4);
                },
                "livechat-child-time-cap");
        timer.setDaemon(true);
        timer.start();
        Main.main(args);
    }
}
