package dev.parallax.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered JSON objects that leave out absent (null) values, as JSON-LD and schema.org readers prefer. */
final class Trees {

    private Trees() {
    }

    /** An object from key, value pairs in order; pairs with a null value are left out. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
