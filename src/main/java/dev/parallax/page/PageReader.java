package dev.parallax.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an HTML page: its main text ({@link MainText}) and its metadata ({@link PageMetadata}); pure, no I/O. */
public final class PageReader {

    private PageReader() {
    }

    /** The page read from {@code html}; {@code baseUrl} (may be null) resolves relative links. */
    public static ReadPage read(String html, String baseUrl) {
        Document document = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata.Found meta = PageMetadata.of(document);
        String text = MainText.of(document);
        return new ReadPage(text, meta.headline(), meta.outlet(), meta.author(), meta.publishedOn(), meta.language());
    }
}
