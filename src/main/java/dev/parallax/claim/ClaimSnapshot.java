package dev.parallax.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reviewable state of a claim as JSON, kept before and after every change. */
final class ClaimSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimSnapshot() {
    }

    static String of(Claim c, String facetKey) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", c.status.name());
        snapshot.put("facetKey", facetKey);
        snapshot.put("value", ValueCodec.toMap(c.value));
        snapshot.put("quote", Map.of("exact", c.quoteExact, "start", c.quoteStart, "end", c.quoteEnd));
        snapshot.put("attributedTo", c.attributedTo);
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + c.id + " not serialisable as JSON", e);
        }
    }
}
