package dev.parallax.fetch;

import java.util.Locale;

/** A Content-Type header's media type (lower case, empty when absent) and charset parameter (null when absent). */
record ContentType(String mediaType, String charset) {

    static ContentType parse(String header) {
        if (header == null) {
            return new ContentType("", null);
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                charset = kv[1].strip().replace("\"", "");
            }
        }
        return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }

    boolean isReadable() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || mediaType.equals("text/plain");
    }
}
