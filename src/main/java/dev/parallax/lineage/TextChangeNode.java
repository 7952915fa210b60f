package dev.parallax.lineage;

import dev.parallax.shingle.TextChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one changed passage. */
@Type("TextChange")
@Description("One passage that differs between two texts, compared word by word (white-space separated words,"
        + " punctuation kept with its word).")
public class TextChangeNode {

    @NonNull
    @Description("The words in the earlier text; empty when words were added.")
    public final String before;

    @NonNull
    @Description("The words in the later text; empty when words were removed.")
    public final String after;

    @NonNull
    @Description("Position of the passage in the earlier text, counted in words from 0.")
    public final int wordIndex;

    TextChangeNode(TextChange change) {
        this.before = change.before();
        this.after = change.after();
        this.wordIndex = change.wordIndex();
    }
}
