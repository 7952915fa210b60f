package dev.parallax.claim;

import dev.parallax.graphql.Connection;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Relay connection of claims. */
@Description("A page of claims (Relay cursor connection).")
public class ClaimConnection extends Connection<ClaimNode, ClaimConnection.ClaimEdge> {

    ClaimConnection(List<Claim> rows, int first) {
        super(rows, first, c -> c.id, (cursor, c) -> new ClaimEdge(cursor, new ClaimNode(c)));
    }

    /** One claim with its cursor. */
    @Description("A claim with its cursor.")
    public static class ClaimEdge extends Connection.Edge<ClaimNode> {

        ClaimEdge(String cursor, ClaimNode node) {
            super(cursor, node);
        }
    }
}
