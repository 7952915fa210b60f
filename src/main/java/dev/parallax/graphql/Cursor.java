package dev.parallax.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque Relay cursors for keyset pagination by database ID. */
public final class Cursor {

    private static final String PREFIX = "cursor:v1:";

    private Cursor() {
    }

    public static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The ID after which a page starts: 0 when {@code after} is null; BAD_USER_INPUT when forged. */
    public static long decode(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                long id = Long.parseLong(plain.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadUserInputException("Invalid cursor: \"" + after + "\"");
    }
}
