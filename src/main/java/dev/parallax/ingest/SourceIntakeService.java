package dev.parallax.ingest;

import dev.parallax.db.WorkerPool;
import dev.parallax.domain.FetchException;
import dev.parallax.domain.FetchException.Reason;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.fetch.FetchConfig;
import dev.parallax.fetch.FetchedPage;
import dev.parallax.fetch.PageFetcher;
import dev.parallax.page.PageCharset;
import dev.parallax.page.PageReader;
import dev.parallax.page.ReadPage;
import dev.parallax.source.NewSource;
import dev.parallax.source.SourceInputRules;
import dev.parallax.source.SourceProvenance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * Turns what a client sent into a checked new source: the text as sent, or the main text and metadata read from
 * the HTML it sent or from the page Parallax fetches from its URL. Fields the client gives win over the page's.
 * Writes nothing: the caller adds the result in one transaction.
 */
@ApplicationScoped
public class SourceIntakeService {

    private final PageFetcher fetcher;
    private final FetchConfig config;

    public SourceIntakeService(PageFetcher fetcher, FetchConfig config) {
        this.fetcher = fetcher;
        this.config = config;
    }

    public Uni<PreparedSource> prepare(SourceRequest r) {
        if (r.text() != null && r.html() != null) {
            throw new InvalidInputException("give exactly one of text, html or a url alone, not both text and html");
        }
        if (r.text() != null) {
            String text = SourceInputRules.text(r.text());
            String author = SourceInputRules.optional(r.author(), "author");
            return Uni.createFrom().item(new PreparedSource(newSource(r, text, null),
                    author == null ? null : new SourceProvenance(author, null, null, null)));
        }
        if (r.html() != null) {
            String url = SourceInputRules.url(r.url());
            checkHtml(r.html());
            return read(r.html(), url, false).map(page -> fromPage(r, page, r.html(), null, null));
        }
        if (r.url() == null) {
            throw new InvalidInputException("give exactly one of text, html or a url alone: none was given");
        }
        checkFetchable(r.url());
        String url = SourceInputRules.url(r.url());
        return fetcher.fetch(url).chain(fetched -> {
            String body = PageCharset.decode(fetched.body(), fetched.charset(), fetched.isHtml());
            if (body.indexOf('\u0000') >= 0) {
                throw new FetchException(Reason.UNSUPPORTED_CONTENT, "the page holds NUL characters: it is not text");
            }
            Uni<ReadPage> page = fetched.isHtml() ? read(body, fetched.fetchedFrom(), true)
                    : Uni.createFrom().item(new ReadPage(body, null, null, null, null, null));
            return page.map(p -> fromPage(r, p, body, fetched.fetchedFrom(), fetched.retrievedAt()));
        });
    }

    /** Reading a page is CPU work: it runs on a worker thread and stops with the request. */
    private static Uni<ReadPage> read(String html, String baseUrl, boolean fetched) {
        return WorkerPool.run(stopped -> PageReader.read(html, baseUrl)).map(page -> {
            if (page.text().isBlank()) {
                String message = "no article text found in the page";
                throw fetched ? new FetchException(Reason.UNSUPPORTED_CONTENT, message)
                        : new InvalidInputException("html: " + message);
            }
            return page;
        });
    }

    private PreparedSource fromPage(SourceRequest r, ReadPage page, String html, String fetchedFrom,
            OffsetDateTime retrievedAt) {
        String text = SourceInputRules.text(page.text());
        String author = r.author() != null ? SourceInputRules.optional(r.author(), "author") : PageFields.clean(page.author());
        NewSource source = newSource(r, text, page);
        return new PreparedSource(source, new SourceProvenance(author, fetchedFrom, retrievedAt, html));
    }

    private static NewSource newSource(SourceRequest r, String text, ReadPage page) {
        String title = r.title() != null && !r.title().isBlank() ? r.title() : page == null ? null : PageFields.clean(page.headline());
        String outlet = r.outlet() != null ? r.outlet() : page == null ? null : PageFields.clean(page.outlet());
        return new NewSource(r.agreementId(), text, SourceInputRules.title(title, text),
                SourceInputRules.optional(outlet, "outlet"), SourceInputRules.url(r.url()),
                r.publishedOn() != null || page == null ? SourceInputRules.date(r.publishedOn()) : page.publishedOn(),
                r.language() != null || page == null ? SourceInputRules.language(r.language()) : page.language());
    }

    private void checkHtml(String html) {
        if (html.isBlank()) {
            throw new InvalidInputException("html must not be empty");
        }
        if (html.length() > config.maxSize().asLongValue()
                || html.getBytes(StandardCharsets.UTF_8).length > config.maxSize().asLongValue()) {
            throw new InvalidInputException("html is over " + config.maxSize().asLongValue() + " bytes");
        }
        if (html.indexOf('\u0000') >= 0) {
            throw new InvalidInputException("html contains the control character U+0000");
        }
    }

    /** A malformed URL is bad input; a well-formed one Parallax will not fetch (ftp:, file:...) is refused. */
    private static void checkFetchable(String url) {
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url is malformed: " + e.getMessage());
        }
        PageFetcher.checkedUri(url);
    }
}
