package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a count, length, duration, percentage or mass. */
@Type("QuantityValue")
@Description("A count, length, duration, percentage or mass as stated, with the interval it covers.")
public class QuantityValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The number as stated, as a decimal string (precision matters: \"3.7\" is not \"3.70\").")
    public String amount;

    @NonNull
    @Description("Unit as stated: \"\" for counts; km, m, mi; min, h, day, week, month, year; %; kg, t, g, lb.")
    public String unit;

    @Description("Upper end of a stated range (\"dozens\" = 24 to 99, \"22-25 million\"), as a decimal string; null for a"
            + " single amount.")
    public String to;

    @NonNull
    @Description("Hedging word, if any.")
    public ApproximationView approximation;

    @NonNull
    @Description("Unit of `low` and `high`: km for lengths, h for durations, % for percentages, kg for masses,"
            + " \"\" for counts.")
    public String canonicalUnit;

    @Description("Lower end of the interval the statement covers, in the canonical unit; null if unbounded.")
    public Double low;

    @Description("Upper end of the interval the statement covers, in the canonical unit; null if unbounded.")
    public Double high;
}
