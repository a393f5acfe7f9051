package dev.livechat.adapter.leaky.two;

/** The adapter {@code ReachesAcross} should not know. */
public final class Other {
    public String name() {
        return "other";
    }
}
