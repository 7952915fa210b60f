package dev.parallax.export;

/**
 * One claim a cell rests on: its value as stated (display form), the verbatim quote with UTF-16 offsets into the
 * source text (as the API states them) and, when the text was at hand, the same offsets in Unicode code points (else
 * -1), the stored context either side, the attribution (null for the outlet's own voice) and the review status.
 */
public record ExportedClaim(String id, String value, String exact, int start, int end, int codePointStart,
        int codePointEnd, String prefix, String suffix, String attributedTo, String status) {
}
