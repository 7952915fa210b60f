package dev.parallax.ingest;

import dev.parallax.domain.Unicode;

/**
 * Makes a metadata field read from a page fit a source's short fields: control characters become spaces, white space
 * is collapsed, and a field longer than 500 characters is cut (a page's metadata must not make the request fail).
 */
final class PageFields {

    private static final int MAX = 500;

    private PageFields() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        int lone = Unicode.loneSurrogateAt(value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || i == lone ? ' ' : c);
        }
        String cleaned = out.toString().replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() <= MAX ? cleaned : cleaned.substring(0, MAX - 1) + "…";
    }
}
