package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a place or actor name. */
@Type("NameValue")
@Description("A place or actor as named by the source (aliases such as Tronba/Trumba are resolved when comparing).")
public class NameValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The name as stated.")
    public String name;
}
