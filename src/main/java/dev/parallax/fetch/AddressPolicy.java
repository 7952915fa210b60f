package dev.parallax.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which resolved addresses Parallax may connect to when it fetches a page: public unicast ones only, by default. */
public final class AddressPolicy {

    private final boolean allowPrivate;
    private final boolean allowLoopback;

    public AddressPolicy(boolean allowPrivate, boolean allowLoopback) {
        this.allowPrivate = allowPrivate;
        this.allowLoopback = allowLoopback;
    }

    public boolean allows(InetAddress address) {
        if (allowPrivate) {
            return true;
        }
        InetAddress a = unmapped(address);
        if (a.isLoopbackAddress()) {
            return allowLoopback;
        }
        return !(a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()
                || special(a));
    }

    /** Ranges the JDK's predicates leave out: CGNAT, "this network", benchmarking, reserved, IPv6 unique-local. */
    private static boolean special(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // 0.0.0.0/8
                    || first == 100 && second >= 64 && second <= 127 // 100.64.0.0/10 carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 // 192.0.0.0/24 protocol assignments
                    || first == 198 && (second == 18 || second == 19) // 198.18.0.0/15 benchmarking
                    || first >= 240; // 240.0.0.0/4 reserved and the broadcast address
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            return (first & 0xfe) == 0xfc // fc00::/7 unique local
                    || isZero(b, 0, 12); // ::/96 IPv4-compatible (deprecated)
        }
        return true;
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), which reaches that IPv4 host. */
    private static InetAddress unmapped(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            try {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            } catch (java.net.UnknownHostException e) {
                return a;
            }
        }
        return a;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
