package dev.parallax.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a client sends to add an article. */
@Input("AddSourceInput")
@Description("An article to add to an agreement. Metadata that is not known is left out, never guessed.")
public class AddSourceInput {

    @NonNull
    @Id
    @Description("Global ID of the agreement the article reports on.")
    public String agreementId;

    @NonNull
    @Description("The full text, at most 200 KB of UTF-8; kept exactly as sent (quote offsets index into it).")
    public String text;

    @Description("Title; defaults to the text's first line.")
    public String title;

    @Description("The outlet that published it.")
    public String outlet;

    @Description("Where it was published: an absolute http(s) URL.")
    public String url;

    @Description("Publication date, YYYY-MM-DD; also resolves weekday words such as \"Thursday\" in the text.")
    public String publishedOn;

    @Description("Language, a BCP 47 tag such as en.")
    public String language;
}
