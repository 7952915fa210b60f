package dev.parallax.graphql.values;

import dev.parallax.graphql.BadUserInputException;
import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A typed value sent by a client; only the fields of its kind may be set. */
@Input("ValueInput")
@Description("A typed value. Set `kind` and the fields of that kind only: COUNT/LENGTH/DURATION/PERCENT/MASS"
        + " take `amount` (decimal string), `unit`, `approximation` and, for a range, `to`; INSTANT takes `at` (ISO-8601 with offset) and"
        + " `toleranceMinutes`; DATE takes `date`; PLACE/ACTOR take `name`; ASSERTION takes `holds`; TEXT takes `text`.")
public class ValueInput {

    @NonNull
    @Description("The kind of value.")
    public ValueKindView kind;

    @Description("Number as stated, as a decimal string, e.g. \"3.7\".")
    public String amount;

    @Description("Unit: km, m, mi; min, h, day, week, month, year; %; kg, t, g, lb; omit for counts.")
    public String unit;

    @Description("Upper end of a stated range (\"dozens\" = amount 24, to 99), a decimal string; omit for one amount.")
    public String to;

    @Description("Hedging word (default EXACT).")
    public ApproximationView approximation;

    @Description("Instant with its UTC offset, e.g. 2020-03-06T00:01+03:00.")
    public String at;

    @Description("How loosely the instant is stated, in minutes either side (default 0).")
    public Integer toleranceMinutes;

    @Description("Calendar date, YYYY-MM-DD.")
    public String date;

    @Description("Place or actor name as stated.")
    public String name;

    @Description("True when the source affirms the point, false when it denies it.")
    public Boolean holds;

    @Description("What the source says, for statements without a checkable value.")
    public String text;

    /** The pure value, or BAD_USER_INPUT naming what is wrong. */
    public Value toValue() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind == null ? null : kind.name());
        putIfSet(map, "amount", amount);
        putIfSet(map, "unit", unit);
        putIfSet(map, "approx", approximation == null ? null : approximation.name());
        putIfSet(map, "to", to);
        putIfSet(map, "at", at);
        putIfSet(map, "tolerance", toleranceMinutes == null ? null : "PT" + toleranceMinutes + "M");
        putIfSet(map, "date", date);
        putIfSet(map, "name", name);
        putIfSet(map, "holds", holds);
        putIfSet(map, "text", text);
        try {
            return ValueCodec.fromMap(map);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("Invalid value: " + e.getMessage());
        }
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
