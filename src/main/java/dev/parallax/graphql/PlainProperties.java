package dev.parallax.graphql;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Name;

/**
 * Per class, how each plain GraphQL field is read: a public instance field of that name, else a public no-argument
 * getter ({@code getX}, or {@code isX} for a flag) of a plain type, as SmallRye maps them when no {@code @Name} says
 * otherwise.
 */
final class PlainProperties {

    /** Reads one property of a source object. */
    @FunctionalInterface
    interface Reader {
        Object read(Object source) throws ReflectiveOperationException;
    }

    private static final ClassValue<Map<String, Reader>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            return readers(type);
        }
    };

    private PlainProperties() {
    }

    /** The reader of {@code name} on objects of {@code type}, or null when SmallRye's own fetcher must answer. */
    static Reader of(Class<?> type, String name) {
        return READERS.get(type).get(name);
    }

    private static Map<String, Reader> readers(Class<?> type) {
        Map<String, Reader> readers = new HashMap<>();
        Set<String> renamed = new HashSet<>();
        for (Method method : type.getMethods()) {
            Name rename = method.getAnnotation(Name.class);
            if (rename != null) {
                renamed.add(rename.value());
            }
        }
        for (Method method : type.getMethods()) {
            String property = property(method);
            if (property != null && !renamed.contains(property) && method.getAnnotation(Name.class) == null
                    && PlainFieldFetcher.plain(method.getReturnType()) && method.trySetAccessible()) {
                readers.put(property, method::invoke);
            }
        }
        // A public field wins over a getter of the same name, as the fetcher it replaces reads it.
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && PlainFieldFetcher.plain(field.getType())
                    && field.trySetAccessible()) {
                readers.put(field.getName(), field::get);
            }
        }
        return readers;
    }

    /** The GraphQL field a public no-argument getter serves by SmallRye's naming, or null for any other method. */
    private static String property(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3
                : name.startsWith("is") && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class) ? 2
                : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }
}
