package dev.parallax.ingest;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.SourceInputRules;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The {@code extractClaims} query: addSource's suggestions for a text, without storing anything. */
@GraphQLApi
@SessionPerResolver
public class ExtractClaimsGraphQlApi {

    private final ExtractionPreviewService previews;

    public ExtractClaimsGraphQlApi(ExtractionPreviewService previews) {
        this.previews = previews;
    }

    @Query("extractClaims")
    @Description("The claims addSource would suggest for this text, and the values the extractor considered and"
            + " turned down with the reason; nothing is stored. The text is checked like addSource's (BAD_USER_INPUT"
            + " for empty or oversized text, control characters, invalid Unicode, a malformed date); NOT_FOUND for an"
            + " unknown agreement. Costs 10 points more than a plain query (the extraction).")
    public Uni<@NonNull ClaimExtractionNode> extractClaims(
            @Name("agreementId") @Id @NonNull @Description("Global ID of the agreement whose points to look for.") String agreementId,
            @Name("text") @NonNull @Description("The article's full text, at most 200 KB of UTF-8.") String text,
            @Name("publishedOn") @Description("Publication date, YYYY-MM-DD; resolves weekday words such as \"Thursday\".") String publishedOn) {
        long agreement = GlobalId.decode(agreementId, NodeType.Agreement);
        String checked = SourceInputRules.text(text);
        LocalDate date = SourceInputRules.date(publishedOn);
        return previews.preview(agreement, checked, date).map(ClaimExtractionNode::new);
    }
}
