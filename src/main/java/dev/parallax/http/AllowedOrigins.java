package dev.parallax.http;

import java.net.URI;
import java.util.List;

/**
 * The CORS rule for WebSockets, which browsers do not subject to CORS: an upgrade from a page of another
 * origin is refused unless {@code quarkus.http.cors.origins} lists that origin. A client that sends no
 * Origin (not a browser) is let in, as it is over HTTP. Quarkus' CORS filter already answers a foreign
 * Origin with a bare 403 while CORS is on; this keeps the rule if it is turned off.
 */
record AllowedOrigins(List<String> listed) {

    boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (listed.contains("*") || listed.contains(origin)) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
