package dev.parallax.lineage;

import dev.parallax.shingle.TextChange;
import dev.parallax.source.Source;
import java.util.List;

/** A source linked to another (as its copy or original) with their estimated similarity and the changed passages. */
public record SourceLink(Source source, double similarity, List<TextChange> changes) {
}
