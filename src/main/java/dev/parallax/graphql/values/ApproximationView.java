package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL mirror of {@link dev.parallax.value.Approximation}. */
@Name("Approximation")
@Description("How a stated number is hedged; it widens or bounds the interval the number covers.")
public enum ApproximationView {
    @Description("As stated; covers the interval its precision implies (\"29\" = 28.5–29.5).") EXACT,
    @Description("\"around\", \"some\", \"about\": at least ±10 %.") ABOUT,
    @Description("\"nearly\", \"almost\": up to 10 % below, not above.") NEARLY,
    @Description("\"over\", \"more than\": strictly above.") OVER,
    @Description("\"at least\": the number or more.") AT_LEAST,
    @Description("\"up to\", \"within\": from zero to the number.") UP_TO,
    @Description("\"under\", \"less than\": strictly below.") UNDER
}
