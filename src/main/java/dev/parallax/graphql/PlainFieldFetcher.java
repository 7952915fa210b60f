package dev.parallax.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one GraphQL field straight from the public Java field of the same name on the source object; where the
 * object has no such field of a plain Java type, the fetcher it replaced (SmallRye's) answers instead. Every plain field
 * passes here, so this is where a result's completion meets the request's {@link RequestDeadline}.
 */
final class PlainFieldFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

    /** Per class: its public instance fields whose value graphql-java serialises as SmallRye would. */
    private static final ClassValue<Map<String, Field>> PLAIN_FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new HashMap<>();
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && plain(field.getType()) && field.trySetAccessible()) {
                    fields.put(field.getName(), field);
                }
            }
            return fields;
        }
    };

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
        Field field = PLAIN_FIELDS.get(source.getClass()).get(name);
        return field == null ? fallback.get(environment) : field.get(source);
    }

    /** Types whose values need none of SmallRye's transformations: text, numbers, flags, enums, lists and API objects. */
    static boolean plain(Class<?> type) {
        return type == String.class || type == int.class || type == Integer.class || type == long.class
                || type == Long.class || type == boolean.class || type == Boolean.class || type == double.class
                || type == Double.class || type.isEnum() || type == List.class
                || type.getPackageName().startsWith("dev.parallax.");
    }
}
