package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of an assertion. */
@Type("AssertionValue")
@Description("Whether the source affirms or denies the point.")
public class AssertionValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("True when the source affirms the point, false when it denies it.")
    public boolean holds;
}
