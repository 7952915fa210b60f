package dev.parallax.claim;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one change to a claim. */
@Type("ClaimEvent")
@Description("One change to a claim: what was done, the claim before and after, when and by whom.")
public class ClaimEventNode {

    @NonNull
    @Description("What the change did.")
    public final ClaimAction action;

    @Description("The claim before the change as JSON (status, facetKey, value, quote, attributedTo); null when the change created it.")
    public final String before;

    @NonNull
    @Description("The claim after the change, as JSON of the same shape.")
    public final String after;

    @Description("Who made the change: the subject of the bearer token; null for changes made before tokens were required and for seed data.")
    public final String actor;

    @NonNull
    @Description("When the change was made.")
    public final OffsetDateTime at;

    public ClaimEventNode(ClaimEvent e) {
        this.action = e.action;
        this.before = e.before;
        this.after = e.after;
        this.actor = e.actor;
        this.at = e.at;
    }
}
