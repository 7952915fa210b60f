package dev.parallax.source;

import dev.parallax.graphql.Connection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Relay connection of sources. */
@Description("A page of sources (Relay cursor connection).")
public class SourceConnection extends Connection<SourceNode, SourceConnection.SourceEdge> {

    SourceConnection(List<Source> rows, int first) {
        super(rows, first, s -> s.id, (cursor, s) -> new SourceEdge(cursor, new SourceNode(s)));
    }

    /** One source with its cursor. */
    @Description("A source with its cursor.")
    public static class SourceEdge extends Connection.Edge<SourceNode> {

        SourceEdge(String cursor, SourceNode node) {
            super(cursor, node);
        }
    }
}
