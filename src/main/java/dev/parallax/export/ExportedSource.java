package dev.parallax.export;

import java.time.LocalDate;

/** One compared source; url, outlet, publishedOn and language may be null. */
public record ExportedSource(String id, String title, String outlet, String url, LocalDate publishedOn, String language) {

    /** Where the source can be found: its URL when known, else a URN naming it by its Parallax ID. */
    public String iri() {
        return url != null ? url : "urn:parallax:source:" + id;
    }
}
