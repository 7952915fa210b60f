package dev.parallax.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page states about itself: JSON-LD article objects first, then Open Graph and article meta tags,
 * then {@code <title>} and {@code <html lang>}. Nothing is guessed: a field the page does not state is null.
 */
final class PageMetadata {

    /** The metadata found; any field may be null. */
    record Found(String headline, String outlet, String author, LocalDate publishedOn, String language) {
    }

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern URL = Pattern.compile("(?i)^https?://.*");

    private PageMetadata() {
    }

    static Found of(Document page) {
        List<JsonNode> articles = JsonLd.articles(page);
        JsonNode article = articles.isEmpty() ? null : articles.get(0);
        String headline = first(article == null ? null : JsonLd.text(article.get("headline")), meta(page, "og:title"),
                meta(page, "twitter:title"), blankToNull(page.title()));
        String outlet = first(meta(page, "og:site_name"),
                article == null ? null : JsonLd.names(article.get("publisher")), meta(page, "application-name"));
        String author = first(article == null ? null : JsonLd.names(article.get("author")), notUrl(meta(page, "author")),
                notUrl(meta(page, "article:author")));
        LocalDate published = firstDate(article == null ? null : JsonLd.text(article.get("datePublished")),
                meta(page, "article:published_time"), meta(page, "datePublished"), meta(page, "date"));
        String language = language(first(article == null ? null : JsonLd.text(article.get("inLanguage")),
                blankToNull(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang")),
                meta(page, "og:locale"), httpEquiv(page, "content-language")));
        return new Found(headline, outlet, author, published, language);
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
    private static String meta(Document page, String key) {
        for (Element m : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = blankToNull(m.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document page, String key) {
        Element m = page.selectFirst("meta[http-equiv~=(?i)^" + key + "$][content]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String notUrl(String value) {
        return value == null || URL.matcher(value).matches() ? null : value;
    }

    /** og:locale writes en_GB; a BCP 47 tag writes en-GB. Anything else is dropped, not guessed. */
    private static String language(String value) {
        if (value == null) {
            return null;
        }
        String tag = value.strip().replace('_', '-');
        return LANGUAGE.matcher(tag).matches() ? tag : null;
    }

    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            LocalDate date = date(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The calendar date as the page states it (in the page's own offset), from an ISO date or date-time. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time with an offset; try the plainer forms
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
