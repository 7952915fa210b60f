package dev.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses the fetcher may connect to. */
class AddressPolicyTest {

    private static boolean allows(AddressPolicy policy, String address) throws Exception {
        return policy.allows(InetAddress.getByName(address));
    }

    @Test
    void onlyPublicUnicastAddressesByDefault() throws Exception {
        AddressPolicy strict = new AddressPolicy(false, false);
        for (String refused : new String[] {"10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "127.9.9.9", "::1",
            "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "::",
            "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1", "198.18.0.1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
            "::ffff:169.254.169.254", "fec0::1"}) {
            assertThat(allows(strict, refused)).as(refused).isFalse();
        }
        for (String allowed : new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"}) {
            assertThat(allows(strict, allowed)).as(allowed).isTrue();
        }
    }

    @Test
    void loopbackCanBeAllowedAloneAndEverythingByTheOperator() throws Exception {
        AddressPolicy loopback = new AddressPolicy(false, true);
        assertThat(allows(loopback, "127.0.0.1")).isTrue();
        assertThat(allows(loopback, "::1")).isTrue();
        assertThat(allows(loopback, "10.0.0.1")).isFalse();
        assertThat(allows(loopback, "169.254.169.254")).isFalse();
        AddressPolicy open = new AddressPolicy(true, false);
        assertThat(allows(open, "10.0.0.1")).isTrue();
    }
}
