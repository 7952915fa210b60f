package dev.parallax.graphql;

import dev.parallax.domain.PageRequest;

/** Reads a connection's {@code first}/{@code after} arguments into a page request. */
public final class Paging {

    /** The description of every connection's {@code totalCount}. */
    public static final String TOTAL_COUNT = "How many items match the arguments, on all pages together.";

    private Paging() {
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? PageRequest.DEFAULT_SIZE : first, Cursor.decode(after));
    }
}
