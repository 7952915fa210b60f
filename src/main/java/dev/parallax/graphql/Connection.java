package dev.parallax.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay cursor connection: one page of nodes with their cursors. Each node type declares its own subclass
 * (e.g. {@code ClaimConnection extends Connection<ClaimNode, ClaimEdge>}), which gives the GraphQL type its name.
 * Each also has a {@code totalCount}, resolved by its API class with a COUNT query only when it is asked for.
 */
public abstract class Connection<N, E extends Connection.Edge<N>> {

    @NonNull
    @Description("The items of this page with their cursors.")
    public final List<@NonNull E> edges;

    @NonNull
    @Description("The items of this page.")
    public final List<@NonNull N> nodes;

    @NonNull
    @Description("Where this page stands.")
    public final PageInfo pageInfo;

    /**
     * @param rows the rows fetched: {@code first + 1} at most, the extra one only signalling a next page
     * @param edge builds an edge from a cursor and a row
     */
    protected <R> Connection(List<R> rows, int first, Function<R, Long> id, BiFunction<String, R, E> edge) {
        List<R> page = rows.subList(0, Math.min(first, rows.size()));
        this.edges = page.stream().map(r -> edge.apply(Cursor.encode(id.apply(r)), r)).toList();
        this.nodes = edges.stream().map(e -> e.node).toList();
        this.pageInfo = new PageInfo(rows.size() > first,
                page.isEmpty() ? null : Cursor.encode(id.apply(page.get(0))),
                page.isEmpty() ? null : Cursor.encode(id.apply(page.get(page.size() - 1))));
    }

    /** One node with its cursor. */
    public abstract static class Edge<N> {

        @NonNull
        @Description("Opaque cursor; pass it as `after` to continue after this item.")
        public final String cursor;

        @NonNull
        @Description("The item.")
        public final N node;

        protected Edge(String cursor, N node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
