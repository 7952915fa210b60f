package dev.parallax.limit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Whom a budget belongs to: a token's subject, or, without a valid token, the remote address (an IPv6 address by
 * its /64 prefix, which one host usually holds whole).
 */
public record ClientId(boolean token, String key) {

    /** Longest subject used as a key; a longer one (never issued by a sane provider) counts by address. */
    static final int MAX_SUBJECT = 255;

    public ClientId {
        Objects.requireNonNull(key, "key");
    }

    /** The client for a verified token's subject, or for {@code address} when the subject is unusable. */
    public static ClientId of(String subject, String address) {
        if (subject != null && !subject.isBlank() && subject.length() <= MAX_SUBJECT) {
            return new ClientId(true, "sub:" + subject);
        }
        return anonymous(address);
    }

    /** The anonymous client at {@code address} (a textual IP address as the server saw it). */
    public static ClientId anonymous(String address) {
        return new ClientId(false, "ip:" + prefix(address));
    }

    private static String prefix(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal address: no name lookup happens.
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder net = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                net.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return net.append(":/64").toString();
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return address;
        }
    }
}
