package dev.parallax.ingest;

import dev.parallax.auth.AccessControl;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The {@code addSource} mutation. */
@GraphQLApi
@SessionPerResolver
public class AddSourceGraphQlApi {

    private final SourceIngestService ingest;
    private final SourceIntakeService intake;
    private final AccessControl access;

    public AddSourceGraphQlApi(SourceIngestService ingest, SourceIntakeService intake, AccessControl access) {
        this.ingest = ingest;
        this.intake = intake;
        this.access = access;
    }

    @Mutation("addSource")
    @Description("Add an article to an agreement and get the claims Parallax suggests for it (to review): from its"
            + " text, from its page's HTML, or from a URL alone (Parallax fetches the page). The same"
            + " text added again gives back the existing source with created = false. BAD_USER_INPUT for empty or"
            + " oversized text, control characters, invalid Unicode, a malformed URL, date or language, or not exactly"
            + " one of text, html and url alone; FETCH_REFUSED, FETCH_FAILED, FETCH_TOO_LARGE, FETCH_TIMEOUT or"
            + " UNSUPPORTED_CONTENT when the page at the URL cannot be used; NOT_FOUND for an unknown agreement. Nothing is written when the request fails. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<@NonNull AddSourcePayload> addSource(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") AddSourceInput input) {
        return access.requireEditor().chain(actor -> {
            long agreementId = GlobalId.decode(input.agreementId, NodeType.Agreement);
            return intake.prepare(new SourceRequest(agreementId, input.text, input.html, input.url, input.title,
                    input.outlet, input.author, input.publishedOn, input.language))
                    .chain(prepared -> ingest.add(prepared.source(), prepared.provenance(), actor));
        }).map(AddSourcePayload::new);
    }
}
