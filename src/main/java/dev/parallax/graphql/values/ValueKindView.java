package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL mirror of {@link dev.parallax.value.ValueKind}. */
@Name("ValueKind")
@Description("The kind of a value, and so of the facet it speaks to.")
public enum ValueKindView {
    @Description("A number of people, soldiers, ...") COUNT,
    @Description("A length (km, m, mi).") LENGTH,
    @Description("A duration (min, h, day, week; month, year: calendar units, a month 28 to 31 days, a year 365 to 366).") DURATION,
    @Description("A percentage (%).") PERCENT,
    @Description("A mass (kg, t = metric tonne, g, lb).") MASS,
    @Description("A moment in time with its UTC offset.") INSTANT,
    @Description("A calendar date.") DATE,
    @Description("A place, resolved through the facet's aliases.") PLACE,
    @Description("A person or body, resolved through the facet's aliases.") ACTOR,
    @Description("Affirms or denies the point.") ASSERTION,
    @Description("Speaks to the point without a checkable value.") TEXT
}
