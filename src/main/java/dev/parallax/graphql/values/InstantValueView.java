package dev.parallax.graphql.values;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of an instant. */
@Type("InstantValue")
@Description("A moment in time. Instants compare in UTC, within their tolerances.")
public class InstantValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The instant with the UTC offset it was stated in, e.g. 2020-03-06T00:01:00+03:00.")
    public OffsetDateTime at;

    @NonNull
    @Description("The same instant in UTC.")
    public OffsetDateTime utc;

    @NonNull
    @Description("How loosely it was stated, in minutes either side (\"midnight\" = 5).")
    public int toleranceMinutes;
}
