package dev.parallax.fetch;

import java.time.OffsetDateTime;

/** A page as fetched: its body bytes, media type and charset (from Content-Type, may be null), where it was read from and when. */
public record FetchedPage(byte[] body, String mediaType, String charset, String fetchedFrom, OffsetDateTime retrievedAt) {

    public boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}
