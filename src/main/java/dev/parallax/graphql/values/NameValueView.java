package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a place or actor name. */
@Type("NameValue")
@Description("A place or actor as named by the source (spelling variants and aliases are resolved through the facet when comparing).")
public class NameValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The name as stated.")
    public String name;
}
