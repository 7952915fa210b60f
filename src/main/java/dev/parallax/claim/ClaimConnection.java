package dev.parallax.claim;

import dev.parallax.graphql.Edges;
import dev.parallax.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay connection of claims. */
@Description("A page of claims (Relay cursor connection).")
public class ClaimConnection {

    @NonNull
    @Description("The claims of this page with their cursors.")
    public final List<@NonNull ClaimEdge> edges;

    @NonNull
    @Description("The claims of this page.")
    public final List<@NonNull ClaimNode> nodes;

    @NonNull
    @Description("Where this page stands.")
    public final PageInfo pageInfo;

    ClaimConnection(List<Claim> rows, int first) {
        this.edges = Edges.of(rows, first, c -> c.id, (cursor, c) -> new ClaimEdge(cursor, new ClaimNode(c)));
        this.nodes = edges.stream().map(e -> e.node).toList();
        this.pageInfo = Edges.pageInfo(rows, first, c -> c.id);
    }

    /** One claim with its cursor. */
    @Description("A claim with its cursor.")
    public static class ClaimEdge {

        @NonNull
        @Description("Opaque cursor; pass it as `after` to continue after this claim.")
        public final String cursor;

        @NonNull
        @Description("The claim.")
        public final ClaimNode node;

        ClaimEdge(String cursor, ClaimNode node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
