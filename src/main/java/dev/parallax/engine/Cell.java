package dev.parallax.engine;

import java.util.List;
import java.util.Objects;

/** One source's verdict on one facet, with the working and the claims it rests on. */
public record Cell(long sourceId, Verdict verdict, String explanation, List<Long> claimIds, boolean derived) {

    public Cell {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        claimIds = List.copyOf(claimIds);
    }
}
