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

    NameResolver(List<NameEntry> entries) {
        for (NameEntry entry : entries) {
            canonicalByKey.putIfAbsent(NameNormaliser.normalise(entry.canonical()), entry.canonical());
            for (String alias : entry.aliases()) {
                canonicalByKey.putIfAbsent(NameNormaliser.normalise(alias), entry.canonical());
            }
        }
    }

    /** The canonical name as listed, or the stated name itself when the list does not know it. */
    String canonical(NameValue name) {
        return canonicalByKey.getOrDefault(NameNormaliser.normalise(name.name()), name.name());
    }

    /** The key two names must share to mean the same place or actor. */
    String key(NameValue name) {
        return NameNormaliser.normalise(canonical(name));
    }

    /** True when the stated name is an alias or variant spelling rather than the canonical itself. */
    boolean isRenamed(NameValue name) {
        return !canonical(name).equals(name.name());
    }
}
