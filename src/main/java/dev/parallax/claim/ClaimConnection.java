package dev.parallax.claim;

import dev.parallax.graphql.Connection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Relay connection of claims. */
@Description("A page of claims (Relay cursor connection).")
public class ClaimConnection extends Connection<ClaimNode, ClaimConnection.ClaimEdge> {

    /** The filters of the page, for {@code totalCount}; not a GraphQL field (package-private). */
    final ClaimFilter filter;

    ClaimConnection(List<Claim> rows, int first, ClaimFilter filter) {
        super(rows, first, c -> c.id, (cursor, c) -> new ClaimEdge(cursor, new ClaimNode(c)));
        this.filter = filter;
    }

    /** One claim with its cursor. */
    @Description("A claim with its cursor.")
    public static class ClaimEdge extends Connection.Edge<ClaimNode> {

        ClaimEdge(String cursor, ClaimNode node) {
            super(cursor, node);
        }
    }
}
