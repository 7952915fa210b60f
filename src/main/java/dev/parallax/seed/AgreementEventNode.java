package dev.parallax.seed;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one change an import made to an agreement. */
@Type("AgreementEvent")
@Description("An import that changed the agreement: who, when, and what changed.")
public class AgreementEventNode {

    @Description("Who imported: the token's subject, or seed-loader for the seed corpus.")
    public final String actor;

    @NonNull
    @Description("When.")
    public final OffsetDateTime at;

    @NonNull
    @Description("What changed, one line per change (e.g. `facet x label: old -> new`, `facet y: added`).")
    public final String summary;

    AgreementEventNode(AgreementEvent e) {
        this.actor = e.actor();
        this.at = e.at();
        this.summary = e.summary();
    }
}
