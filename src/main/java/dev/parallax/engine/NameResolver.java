package dev.parallax.engine;

import dev.parallax.value.NameEntry;
import dev.parallax.value.NameValue;
import dev.parallax.value.NameNormaliser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves a stated name to its facet's canonical name; an unlisted name stands for itself. */
final class NameResolver {

    private final Map<String, String> canonicalByKey = new HashMap<>();
    // Every spelling is normalised once per facet: a row compares each name more than once.
    private final Map<String, String> keyBySpelling = new HashMap<>();
    private long normalisations;

    NameResolver(List<NameEntry> entries) {
        for (NameEntry entry : entries) {
            canonicalByKey.putIfAbsent(normalise(entry.canonical()), entry.canonical());
            for (String alias : entry.aliases()) {
                canonicalByKey.putIfAbsent(normalise(alias), entry.canonical());
            }
        }
    }

    /** The canonical name as listed, or the stated name itself when the list does not know it. */
    String canonical(NameValue name) {
        return canonicalByKey.getOrDefault(normalise(name.name()), name.name());
    }

    /** The key two names must share to mean the same place or actor. */
    String key(NameValue name) {
        return normalise(canonical(name));
    }

    /** True when the stated name is an alias or variant spelling rather than the canonical itself. */
    boolean isRenamed(NameValue name) {
        return !canonical(name).equals(name.name());
    }

    /** How many spellings this resolver has normalised so far (for tests that count work). */
    long normalisations() {
        return normalisations;
    }

    private String normalise(String spelling) {
        String key = keyBySpelling.get(spelling);
        if (key == null) {
            normalisations++;
            key = NameNormaliser.normalise(spelling);
            keyBySpelling.put(spelling, key);
        }
        return key;
    }
}
