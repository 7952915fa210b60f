package dev.parallax.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Operation names as metric labels, bounded: clients choose the names, so only plain GraphQL-looking names
 * are kept, and only the first {@code limit} distinct ones; everything else is counted as "other".
 */
final class OperationNames {

    static final String ANONYMOUS = "anonymous";
    static final String UNKNOWN = "unknown";
    static final String OTHER = "other";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final int limit;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    OperationNames(int limit) {
        this.limit = limit;
    }

    /** The label for a request's operation name (null: an operation without a name). */
    String label(String name) {
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        if (!PLAIN.matcher(name).matches()) {
            return OTHER;
        }
        if (seen.contains(name)) {
            return name;
        }
        // A race may let a few names past the limit; the bound only has to hold roughly.
        if (seen.size() >= limit) {
            return OTHER;
        }
        seen.add(name);
        return name;
    }
}
