package dev.parallax.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shapes one batched query's rows into the per-key lists a batched {@code @Source List} resolver returns. */
public final class Batches {

    private Batches() {
    }

    /** The items of each key, in the order of {@code keys}; an empty list for a key without items. */
    public static <T> List<List<T>> groupBy(List<Long> keys, List<T> items, Function<T, Long> key) {
        Map<Long, List<T>> byKey = items.stream().collect(Collectors.groupingBy(key));
        return keys.stream().map(k -> byKey.getOrDefault(k, List.of())).toList();
    }
}
