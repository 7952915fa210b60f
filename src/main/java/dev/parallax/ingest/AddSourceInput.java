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

    @Description("The full text, at most 200 KB of UTF-8; kept exactly as sent (quote offsets index into it)."
            + " Give exactly one of text, html or url alone.")
    public String text;

    @Description("The article's page as the client fetched it: Parallax keeps its main text (quote offsets index into"
            + " that) and takes the title, outlet, author, date and language the page states unless given here.")
    public String html;

    @Description("Who wrote it; defaults to the author the page states.")
    public String author;

    @Description("Title; defaults to the text's first line.")
    public String title;

    @Description("The outlet that published it.")
    public String outlet;

    @Description("Where it was published: an absolute http(s) URL. Given alone (no text, no html), Parallax fetches"
            + " the page from it and reads it as it reads html.")
    public String url;

    @Description("Publication date, YYYY-MM-DD; also resolves weekday words such as \"Thursday\" in the text.")
    public String publishedOn;

    @Description("Language, a BCP 47 tag such as en.")
    public String language;
}
