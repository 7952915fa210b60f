package dev.parallax.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;

/**
 * Reads one GraphQL field straight from the public Java field of the same name on the source object, or from its
 * public getter ({@link PlainProperties}); where the object has neither of a plain Java type, the fetcher it replaced
 * (SmallRye's) answers instead. Every plain field passes here, so this is where a result's completion meets the
 * request's {@link RequestDeadline}.
 */
final class PlainFieldFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

    private final String name;
    private final DataFetcher<?> fallback;

    PlainFieldFetcher(String name, DataFetcher<?> fallback) {
        this.name = name;
        this.fallback = fallback;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        RequestDeadline deadline = RequestDeadline.of(environment);
        if (deadline != null) {
            deadline.check(environment);
        }
        Object source = environment.getSource();
        if (source == null) {
            return null;
        }
        PlainProperties.Reader reader = PlainProperties.of(source.getClass(), name);
        return reader == null ? fallback.get(environment) : reader.read(source);
    }

    /** Types whose values need none of SmallRye's transformations: text, numbers, flags, enums, lists and API objects. */
    static boolean plain(Class<?> type) {
        return type == String.class || type == int.class || type == Integer.class || type == long.class
                || type == Long.class || type == boolean.class || type == Boolean.class || type == double.class
                || type == Double.class || type.isEnum() || type == List.class
                || type.getPackageName().startsWith("dev.parallax.");
    }
}
