package dev.parallax.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Cuts a fetched page (one row longer than asked for) into edges and page info. */
public final class Edges {

    private Edges() {
    }

    /**
     * @param rows the rows fetched: {@code first + 1} at most, the extra one only signalling a next page
     * @param edge builds an edge from a cursor and a row
     */
    public static <R, E> List<E> of(List<R> rows, int first, Function<R, Long> id, BiFunction<String, R, E> edge) {
        return rows.stream().limit(first).map(r -> edge.apply(Cursor.encode(id.apply(r)), r)).toList();
    }

    public static <R> PageInfo pageInfo(List<R> rows, int first, Function<R, Long> id) {
        List<R> page = rows.subList(0, Math.min(first, rows.size()));
        return new PageInfo(rows.size() > first,
                page.isEmpty() ? null : Cursor.encode(id.apply(page.get(0))),
                page.isEmpty() ? null : Cursor.encode(id.apply(page.get(page.size() - 1))));
    }
}
