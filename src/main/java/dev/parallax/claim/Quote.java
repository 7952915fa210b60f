package dev.parallax.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A verbatim quote with its position, like the W3C TextQuoteSelector + TextPositionSelector pair. */
@Description("The verbatim words of a claim, where they stand in the source text, and a little context.")
public class Quote {

    @NonNull
    @Description("The quoted text, exactly as in the source.")
    public final String exact;

    @NonNull
    @Description("Offset of the first character in the source text (UTF-16 code units).")
    public final int start;

    @NonNull
    @Description("Offset just past the last character (exclusive).")
    public final int end;

    @NonNull
    @Description("Up to 32 characters of the source text before the quote.")
    public final String prefix;

    @NonNull
    @Description("Up to 32 characters of the source text after the quote.")
    public final String suffix;

    public Quote(Claim c) {
        this(c.quoteExact, c.quoteStart, c.quoteEnd, c.quotePrefix, c.quoteSuffix);
    }

    /** A span of {@code text}, [start, end), with its context. */
    public Quote(String text, int start, int end) {
        this(text.substring(start, end), start, end, QuoteContext.prefix(text, start), QuoteContext.suffix(text, end));
    }

    private Quote(String exact, int start, int end, String prefix, String suffix) {
        this.exact = exact;
        this.start = start;
        this.end = end;
        this.prefix = prefix;
        this.suffix = suffix;
    }
}
