package dev.parallax.source;

import dev.parallax.graphql.GlobalNode;
import dev.parallax.graphql.Node;
import dev.parallax.graphql.NodeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a source. */
@Type("Source")
@Description("One article reporting on an agreement. Metadata that is not known stays null.")
public class SourceNode extends GlobalNode implements Node {

    @Ignore
    public final long databaseId;

    @NonNull
    @Description("Title: the article's own headline where it has one, else a descriptive label.")
    public final String title;

    @NonNull
    @Description("The full text exactly as received; quote offsets index into it (UTF-16 code units).")
    public final String text;

    @NonNull
    @Description("SHA-256 of the UTF-8 text, lower-case hex.")
    public final String contentHash;

    @Description("The outlet that published it, if known.")
    public final String outlet;

    @Description("Where it was published, if known.")
    public final String url;

    @Description("Publication date, if known.")
    public final LocalDate publishedOn;

    @Description("Language (BCP 47 tag), if known.")
    public final String language;

    @Description("Who wrote it, if known.")
    public final String author;

    @Description("The address Parallax fetched the page from, after redirects; null when the client sent the text or HTML.")
    public final String fetchedFrom;

    @Description("When Parallax fetched the page; null when it did not.")
    public final OffsetDateTime retrievedAt;

    public SourceNode(Source s) {
        super(NodeType.Source, s.id);
        this.databaseId = s.id;
        this.title = s.title;
        this.text = s.text;
        this.contentHash = s.contentHash;
        this.outlet = s.outlet;
        this.url = s.url;
        this.publishedOn = s.publishedOn;
        this.language = s.language;
        this.author = s.author;
        this.fetchedFrom = s.fetchedFrom;
        this.retrievedAt = s.retrievedAt;
    }
}
