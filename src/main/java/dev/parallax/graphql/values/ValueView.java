package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of a typed value stated by a source or by an agreement. */
@Interface("Value")
@Description("A typed value: a quantity, an instant, a date, a name, an assertion or free text.")
public interface ValueView {

    @NonNull
    @Description("What kind of value this is.")
    ValueKindView getKind();

    @NonNull
    @Description("Short human-readable form, e.g. \"3 mi\", \"nearly 1,000,000\", \"00:01 UTC+3 on 6 March 2020\".")
    String getDisplay();
}
