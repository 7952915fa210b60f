package dev.parallax.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay cursor connection: one page of nodes with their cursors. Each node type declares its own subclass
 * (e.g. {@code ClaimConnection extends Connection<ClaimNode, ClaimEdge>}), which gives the GraphQL type its name.
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
        this.edges = Edges.of(rows, first, id, edge);
        this.nodes = edges.stream().map(e -> e.node).toList();
        this.pageInfo = Edges.pageInfo(rows, first, id);
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
