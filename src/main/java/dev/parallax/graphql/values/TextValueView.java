package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of an uncheckable statement. */
@Type("TextValue")
@Description("Speaks to the point without a checkable value, e.g. \"at a later date\".")
public class TextValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("What the source says, in brief.")
    public String text;
}
