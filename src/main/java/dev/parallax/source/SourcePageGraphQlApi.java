package dev.parallax.source;

import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** The page a source was read from, an opt-in field of Source (it can be megabytes). */
@GraphQLApi
@SessionPerResolver
public class SourcePageGraphQlApi {

    private final SourceService sources;

    public SourcePageGraphQlApi(SourceService sources) {
        this.sources = sources;
    }

    @Name("rawHtml")
    @Description("The page the text was read from, as received (HTML, or the plain text fetched), kept for audit; null"
            + " when the client sent the text itself. Up to parallax.fetch.max-size: select it only when needed.")
    public Uni<List<String>> rawHtml(@Source List<SourceNode> of) {
        return sources.pagesOf(of.stream().map(s -> s.databaseId).toList());
    }
}
