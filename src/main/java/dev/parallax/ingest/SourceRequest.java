package dev.parallax.ingest;

/** What a client asked to add, unchecked: exactly one of text, html or a url alone carries the article. */
public record SourceRequest(long agreementId, String text, String html, String url, String title, String outlet,
        String author, String publishedOn, String language) {
}
