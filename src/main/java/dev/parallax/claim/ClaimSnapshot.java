package dev.parallax.claim;

import dev.parallax.db.JsonColumns;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reviewable state of a claim as JSON, kept before and after every change. */
final class ClaimSnapshot {

    private ClaimSnapshot() {
    }

    static String of(Claim c, String facetKey) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", c.status.name());
        snapshot.put("facetKey", facetKey);
        snapshot.put("value", JsonColumns.readMap(c.valueJson));
        snapshot.put("quote", Map.of("exact", c.quoteExact, "start", c.quoteStart, "end", c.quoteEnd));
        snapshot.put("attributedTo", c.attributedTo);
        return JsonColumns.write(snapshot);
    }
}
