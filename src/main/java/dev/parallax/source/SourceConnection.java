package dev.parallax.source;

import dev.parallax.graphql.Edges;
import dev.parallax.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay connection of sources. */
@Description("A page of sources (Relay cursor connection).")
public class SourceConnection {

    @NonNull
    @Description("The sources of this page with their cursors.")
    public final List<@NonNull SourceEdge> edges;

    @NonNull
    @Description("The sources of this page.")
    public final List<@NonNull SourceNode> nodes;

    @NonNull
    @Description("Where this page stands.")
    public final PageInfo pageInfo;

    SourceConnection(List<Source> rows, int first) {
        this.edges = Edges.of(rows, first, s -> s.id, (cursor, s) -> new SourceEdge(cursor, new SourceNode(s)));
        this.nodes = edges.stream().map(e -> e.node).toList();
        this.pageInfo = Edges.pageInfo(rows, first, s -> s.id);
    }

    /** One source with its cursor. */
    @Description("A source with its cursor.")
    public static class SourceEdge {

        @NonNull
        @Description("Opaque cursor; pass it as `after` to continue after this source.")
        public final String cursor;

        @NonNull
        @Description("The source.")
        public final SourceNode node;

        SourceEdge(String cursor, SourceNode node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
