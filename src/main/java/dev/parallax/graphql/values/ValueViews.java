package dev.parallax.graphql.values;

import dev.parallax.value.AssertionValue;
import dev.parallax.value.DateValue;
import dev.parallax.value.InstantValue;
import dev.parallax.value.Interval;
import dev.parallax.value.Intervals;
import dev.parallax.value.NameValue;
import dev.parallax.value.Quantity;
import dev.parallax.value.TextValue;
import dev.parallax.value.Value;
import dev.parallax.value.ValueFormat;
import java.time.ZoneOffset;

/** Maps pure values to their GraphQL views. */
public final class ValueViews {

    private ValueViews() {
    }

    public static ValueView of(Value value) {
        BaseValueView view = view(value);
        view.kind = ValueKindView.valueOf(value.kind().name());
        view.display = ValueFormat.value(value);
        return (ValueView) view;
    }

    private static BaseValueView view(Value value) {
        if (value instanceof Quantity q) {
            return quantity(q);
        }
        if (value instanceof InstantValue i) {
            return instant(i);
        }
        if (value instanceof DateValue d) {
            DateValueView v = new DateValueView();
            v.date = d.date();
            return v;
        }
        if (value instanceof NameValue n) {
            NameValueView v = new NameValueView();
            v.name = n.name();
            return v;
        }
        if (value instanceof AssertionValue a) {
            AssertionValueView v = new AssertionValueView();
            v.holds = a.holds();
            return v;
        }
        TextValueView v = new TextValueView();
        v.text = ((TextValue) value).text();
        return v;
    }

    private static QuantityValueView quantity(Quantity q) {
        QuantityValueView v = new QuantityValueView();
        v.amount = q.amount().toPlainString();
        v.unit = q.unit();
        v.to = q.isRange() ? q.to().toPlainString() : null;
        v.approximation = ApproximationView.valueOf(q.approximation().name());
        Interval interval = Intervals.stated(q);
        v.canonicalUnit = interval.unit();
        v.low = interval.low();
        v.high = interval.isUnbounded() ? null : interval.high();
        return v;
    }

    private static InstantValueView instant(InstantValue i) {
        InstantValueView v = new InstantValueView();
        v.at = i.at();
        v.utc = i.at().withOffsetSameInstant(ZoneOffset.UTC);
        v.toleranceMinutes = Math.toIntExact(i.tolerance().toMinutes());
        return v;
    }
}
