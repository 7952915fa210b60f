package dev.parallax.ingest;

import dev.parallax.auth.AccessControl;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.NewSource;
import dev.parallax.source.SourceInputRules;
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
    private final AccessControl access;

    public AddSourceGraphQlApi(SourceIngestService ingest, AccessControl access) {
        this.ingest = ingest;
        this.access = access;
    }

    @Mutation("addSource")
    @Description("Add an article to an agreement and get the claims Parallax suggests for it (to review). The same"
            + " text added again gives back the existing source with created = false. BAD_USER_INPUT for empty or"
            + " oversized text, control characters, invalid Unicode, a malformed URL, date or language; NOT_FOUND"
            + " for an unknown agreement. Nothing is written when the request fails. Needs a bearer token with the role editor (or admin) (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<@NonNull AddSourcePayload> addSource(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") AddSourceInput input) {
        return access.requireEditor().chain(actor -> {
            long agreementId = GlobalId.decode(input.agreementId, NodeType.Agreement);
            String text = SourceInputRules.text(input.text);
            NewSource source = new NewSource(agreementId, text, SourceInputRules.title(input.title, text),
                    SourceInputRules.optional(input.outlet, "outlet"), SourceInputRules.url(input.url),
                    SourceInputRules.date(input.publishedOn), SourceInputRules.language(input.language));
            return ingest.add(source, actor);
        }).map(AddSourcePayload::new);
    }
}
