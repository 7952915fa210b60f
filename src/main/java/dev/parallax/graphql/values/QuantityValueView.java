package dev.parallax.graphql.values;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** GraphQL view of a count, length or duration. */
@Type("QuantityValue")
@Description("A count, length or duration as stated, with the interval it covers.")
public class QuantityValueView extends BaseValueView implements ValueView {

    @NonNull
    @Description("The number as stated, as a decimal string (precision matters: \"3.7\" is not \"3.70\").")
    public String amount;

    @NonNull
    @Description("Unit as stated: \"\" for counts; km, m, mi; min, h, day, week.")
    public String unit;

    @NonNull
    @Description("Hedging word, if any.")
    public ApproximationView approximation;

    @NonNull
    @Description("Unit of `low` and `high`: km for lengths, h for durations, \"\" for counts.")
    public String canonicalUnit;

    @Description("Lower end of the interval the statement covers, in the canonical unit; null if unbounded.")
    public Double low;

    @Description("Upper end of the interval the statement covers, in the canonical unit; null if unbounded.")
    public Double high;
}
