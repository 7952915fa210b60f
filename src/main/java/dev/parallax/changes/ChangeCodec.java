package dev.parallax.changes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A {@link Change} as the compact JSON payload of a PostgreSQL notification, and back. */
final class ChangeCodec {

    private ChangeCodec() {
    }

    static String encode(Change change) {
        JsonArray claims = new JsonArray();
        change.claims().forEach(c -> claims.add(new JsonArray().add(c.claimId()).add(c.facetId()).add(c.action())));
        JsonObject json = new JsonObject().put("a", change.agreementId()).put("k", change.kind().name()).put("c", claims);
        if (change.sourceId() != null) {
            json.put("s", change.sourceId());
        }
        return json.encode();
    }

    /** Throws on a payload that is not a change (another writer on the channel): the caller skips it. */
    static Change decode(String payload) {
        JsonObject json = new JsonObject(payload);
        List<Change.ClaimTouch> claims = new ArrayList<>();
        for (Object item : json.getJsonArray("c", new JsonArray())) {
            JsonArray c = (JsonArray) item;
            claims.add(new Change.ClaimTouch(c.getLong(0), c.getLong(1), c.getString(2)));
        }
        return new Change(json.getLong("a"), ChangeKind.valueOf(json.getString("k")), json.getLong("s"), claims);
    }
}
