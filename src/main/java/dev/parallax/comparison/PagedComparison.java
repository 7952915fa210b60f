package dev.parallax.comparison;

/**
 * A comparison computed over all its sources, of which the columns {@code from} (inclusive) to {@code to} (exclusive)
 * of {@code data.sources()} are shown; an unpaged comparison shows them all.
 */
public record PagedComparison(ComparisonData data, int from, int to) {

    public static PagedComparison whole(ComparisonData data) {
        return new PagedComparison(data, 0, data.sources().size());
    }

    public boolean hasNextPage() {
        return to < data.sources().size();
    }
}
