package dev.parallax.source;

import dev.parallax.graphql.Connection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Relay connection of sources. */
@Description("A page of sources (Relay cursor connection).")
public class SourceConnection extends Connection<SourceNode, SourceConnection.SourceEdge> {

    /** The agreement the sources were narrowed to (null: none), for {@code totalCount}; not a GraphQL field. */
    final Long agreementId;

    SourceConnection(List<Source> rows, int first, Long agreementId) {
        super(rows, first, s -> s.id, (cursor, s) -> new SourceEdge(cursor, new SourceNode(s)));
        this.agreementId = agreementId;
    }

    /** One source with its cursor. */
    @Description("A source with its cursor.")
    public static class SourceEdge extends Connection.Edge<SourceNode> {

        SourceEdge(String cursor, SourceNode node) {
            super(cursor, node);
        }
    }
}
