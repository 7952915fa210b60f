package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of an instant. */
@Type("InstantValue")
@Description("A moment in time. Instants compare in UTC, within their tolerances.")
public class InstantValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The instant with the UTC offset it was stated in (ISO-8601), e.g. 2020-03-06T00:01+03:00.")
    public String at;

    @NonNull
    @Description("The same instant in UTC (ISO-8601).")
    public String utc;

    @NonNull
    @Description("How loosely it was stated, in minutes either side (\"midnight\" = 5).")
    public long toleranceMinutes;
}
