package dev.parallax.agreement;

import dev.parallax.value.NameEntry;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of one of a facet's names. */
@Type("FacetName")
@Description("A canonical place or actor name of a point, with the other spellings that mean the same.")
public class FacetNameNode {

    @NonNull
    @Description("The name as the comparison shows it.")
    public final String canonical;

    @NonNull
    @Description("Other spellings and wordings that resolve to it (e.g. a transliteration or a shorter form).")
    public final List<@NonNull String> aliases;

    FacetNameNode(NameEntry entry) {
        this.canonical = entry.canonical();
        this.aliases = entry.aliases();
    }
}
