package dev.parallax.graphql.values;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a calendar date. */
@Type("DateValue")
@Description("A calendar date.")
public class DateValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The date.")
    public LocalDate date;
}
