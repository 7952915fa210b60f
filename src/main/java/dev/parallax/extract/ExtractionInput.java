package dev.parallax.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One article to read. {@code publishedOn} (nullable) resolves weekday words; {@code agreementDate} (nullable, the
 * signing date) resolves years, "tonight" and bare clock times; {@code zone} is the agreement's local zone for clock
 * times (UTC when null); {@code checkpoint} (none when null) hears of each step and may stop the extraction.
 */
public record ExtractionInput(String text, LocalDate publishedOn, LocalDate agreementDate, ZoneId zone,
                              List<FacetHints> facets, Checkpoint checkpoint) {

    public ExtractionInput {
        Objects.requireNonNull(text, "text");
        zone = zone == null ? ZoneOffset.UTC : zone;
        facets = facets == null ? List.of() : List.copyOf(facets);
        checkpoint = checkpoint == null ? Checkpoint.NONE : checkpoint;
    }

    public ExtractionInput(String text, LocalDate publishedOn, LocalDate agreementDate, ZoneId zone,
                           List<FacetHints> facets) {
        this(text, publishedOn, agreementDate, zone, facets, Checkpoint.NONE);
    }

    /** The date relative words are read against: the signing date, else the publication date (nullable). */
    LocalDate referenceDate() {
        return agreementDate != null ? agreementDate : publishedOn;
    }
}
