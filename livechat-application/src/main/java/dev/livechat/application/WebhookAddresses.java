package dev.livechat.application;

import dev.livechat.domain.error.InvalidValueException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where a webhook may post: the addresses its host resolves to, each of them public unless the
 * service allows private receivers. Checked when a webhook is created and again before every try,
 * so that a host that later resolves to an internal address (DNS rebinding) is refused then.
 */
final class WebhookAddresses {
    private final boolean allowPrivate;

    WebhookAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    boolean allowPrivate() {
        return allowPrivate;
    }

    /** The host's addresses, or an {@link InvalidValueException} on {@code url} saying why none is allowed. */
    List<InetAddress> check(String host) {
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new InvalidValueException("url", "the host " + host + " does not resolve");
        }
        if (allowPrivate) return addresses;
        for (InetAddress address : addresses)
            if (internal(address))
                throw new InvalidValueException(
                        "url",
                        "the host " + host + " resolves to " + address.getHostAddress()
                                + ", a private, loopback or link-local address (allowed only with"
                                + " LIVECHAT_WEBHOOKS_ALLOW_PRIVATE=true)");
        return addresses;
    }

    /** Loopback, private, link-local, unspecified, multicast, carrier-grade NAT and IPv6 unique-local ranges. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) return true;
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) return (b[0] & 0xfe) == 0xfc; // fc00::/7
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // 0.0.0.0/8
                || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
                || first >= 240; // reserved and broadcast
    }
}
