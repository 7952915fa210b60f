package dev.parallax.lineage;

import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.SourceNode;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The batched fields that link a source to its original, its copies and its versions. */
@GraphQLApi
@SessionPerResolver
public class LineageGraphQlApi {

    private final LineageService lineage;

    public LineageGraphQlApi(LineageService lineage) {
        this.lineage = lineage;
    }

    @Description("The original this source is a near-duplicate copy of (a reprint with small edits), with their"
            + " similarity and the passages the copy changed; null when it is not a copy.")
    public Uni<List<SourceLinkNode>> copyOf(@Source List<SourceNode> of) {
        return lineage.copyOf(ids(of)).map(links -> links.stream().map(l -> l == null ? null : new SourceLinkNode(l))
                .toList());
    }

    @Description("The sources added later that are near-duplicate copies of this one, earliest first, each with"
            + " its similarity and changed passages.")
    public Uni<List<@NonNull List<@NonNull SourceLinkNode>>> copies(@Source List<SourceNode> of) {
        return lineage.copies(ids(of)).map(lists -> lists.stream()
                .map(l -> l.stream().map(SourceLinkNode::new).toList()).toList());
    }

    @Description("Every version of this source (texts added at the same URL), first to latest; a source never"
            + " re-published is its only version.")
    public Uni<List<@NonNull List<@NonNull SourceVersionNode>>> versions(@Source List<SourceNode> of) {
        return lineage.versions(ids(of)).map(lists -> lists.stream()
                .map(l -> l.stream().map(SourceVersionNode::new).toList()).toList());
    }

    private static List<Long> ids(List<SourceNode> of) {
        return of.stream().map(s -> s.databaseId).toList();
    }
}
