package dev.parallax.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.Clause;
import dev.parallax.agreement.Facet;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a re-import changes on an agreement that exists: applies the file's values to the stored agreement, clauses
 * and facets in place and keeps one line per change, for the agreement's history.
 */
final class AgreementChanges {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final List<String> lines = new ArrayList<>();
    private boolean facetsChanged;

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** True when a facet was added, removed or changed: the extractor's suggestions may differ. */
    boolean facetsChanged() {
        return facetsChanged;
    }

    String summary() {
        return String.join("\n", lines);
    }

    void add(String line) {
        lines.add(line);
    }

    void facetAdded(String key) {
        facetsChanged = true;
        lines.add("facet " + key + ": added");
    }

    void facetRemoved(String key) {
        facetsChanged = true;
        lines.add("facet " + key + ": removed (it had no claims)");
    }

    Agreement update(Agreement a, SeedCorpus.AgreementSeed seed) {
        a.title = field("agreement title", a.title, seed.title());
        a.parties = field("agreement parties", a.parties, seed.parties());
        a.place = field("agreement place", a.place, seed.place());
        a.signedOn = field("agreement signedOn", a.signedOn, seed.signedOn() == null ? null : LocalDate.parse(seed.signedOn()));
        String zone = field("agreement timeZone", a.timeZone, seed.timeZone());
        if (!Objects.equals(zone, a.timeZone)) {
            facetsChanged = true;                       // clock times are read in it
        }
        a.timeZone = zone;
        return a;
    }

    void update(Clause c, SeedCorpus.ClauseSeed seed, int position) {
        String what = "clause " + c.number;
        c.title = field(what + " title", c.title, seed.title());
        c.text = field(what + " text", c.text, seed.text());
        c.position = position;
    }

    void update(Facet f, SeedCorpus.FacetSeed seed, Clause clause, int position) {
        int before = lines.size();
        String what = "facet " + f.key;
        f.label = field(what + " label", f.label, seed.label());
        f.description = field(what + " description", f.description, seed.description());
        f.kind = field(what + " kind", f.kind, ValueKind.valueOf(seed.kind()));
        String oldClause = f.clause == null ? null : f.clause.number;
        if (!Objects.equals(oldClause, seed.clause())) {
            lines.add(what + " clause: " + oldClause + " -> " + seed.clause());
        }
        f.clause = clause;
        var expected = seed.expected() == null ? null : ValueCodec.fromMap(seed.expected());
        if (!Objects.equals(f.expected, expected)) {
            lines.add(what + " expected: " + display(f.expected) + " -> " + display(expected));
        }
        f.expected = expected;
        f.sumOf = json(what + " sumOf", f.sumOf, seed.sumOf());
        f.names = json(what + " names", f.names, seed.nameEntries());
        f.extract = json(what + " extraction hints", f.extract, seed.extract());
        f.position = position;
        facetsChanged |= lines.size() > before;
    }

    private static String display(dev.parallax.value.Value v) {
        return v == null ? "none" : ValueCodec.toMap(v).toString();
    }

    private <T> T field(String what, T old, T now) {
        if (!Objects.equals(old, now)) {
            lines.add(what + ": " + shorten(old) + " -> " + shorten(now));
        }
        return now;
    }

    // JSON-held fields compare as JSON: a number read back from the database may be of another Java type
    private <T> T json(String what, T old, T now) {
        if (!write(old).equals(write(now))) {
            lines.add(what + ": " + shorten(write(old)) + " -> " + shorten(write(now)));
        }
        return now;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compare " + value, e);
        }
    }

    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
