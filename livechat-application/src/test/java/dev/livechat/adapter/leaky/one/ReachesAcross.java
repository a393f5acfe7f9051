package dev.livechat.adapter.leaky.one;

import dev.livechat.adapter.leaky.two.Other;

/** Deliberately breaks "adapters do not depend on each other", so the architecture test can prove it notices. */
public final class ReachesAcross {
    public String name() {
        return new Other().name();
    }
}
