package dev.parallax.export;

import java.util.List;

/** One source on one facet: the verdict, its working and the claims it rests on (in text order). */
public record ExportedCell(ExportedSource source, String verdict, String explanation, boolean derived,
        boolean suggested, List<ExportedClaim> claims) {

    public ExportedCell {
        claims = List.copyOf(claims);
    }

    /** A verdict judged against the agreement's text (not a context report, not silence). */
    public boolean judgedAgainstAgreement() {
        return verdict.equals("MATCHES") || verdict.equals("CONFLICTS") || verdict.equals("PARTIAL");
    }
}
