package dev.parallax.ingest;

import dev.parallax.claim.ClaimNode;
import dev.parallax.source.SourceNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of {@code addSource}. */
@Description("The added source with the claims suggested for it, or the source that already had this text.")
public class AddSourcePayload {

    @NonNull
    @Description("The source.")
    public final SourceNode source;

    @NonNull
    @Description("The source's claims: for a new source, those the extractor suggests (status SUGGESTED), in text order.")
    public final List<@NonNull ClaimNode> claims;

    @NonNull
    @Description("False when the agreement already had a source with exactly this text: nothing was added.")
    public final boolean created;

    AddSourcePayload(IngestResult result) {
        this.source = new SourceNode(result.source());
        this.claims = result.claims().stream().map(ClaimNode::new).toList();
        this.created = result.created();
    }
}
