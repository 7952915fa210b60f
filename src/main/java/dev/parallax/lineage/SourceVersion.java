package dev.parallax.lineage;

import dev.parallax.shingle.TextChange;
import dev.parallax.source.Source;
import java.util.List;

/**
 * One version of a source (1 = first): its similarity to and changes from the previous version (null and empty for
 * the first), and whether it is the latest, which the comparison uses.
 */
public record SourceVersion(int number, Source source, Double similarity, List<TextChange> changes, boolean latest) {
}
