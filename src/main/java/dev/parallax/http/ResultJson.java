package dev.parallax.http;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.config.Config;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes an error-free GraphQL result ({@code {"data":…}}) straight to UTF-8 bytes, byte for byte as SmallRye's
 * {@code ExecutionResponse} → JSON-P → {@code toString()} → UTF-8 would, without building the JSON-P tree and the
 * whole answer as a string first (that path was a seventh of a comparison's CPU). Anything it does not know how to
 * write exactly (errors, extensions, other value types, unpaired surrogates) is left to that path: {@code null}.
 */
final class ResultJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[16 * 1024];
    private int size;

    private ResultJson() {
    }

    /** The answer's bytes, or null when the result must go the general way (it has errors or extensions, say). */
    static byte[] dataOnly(ExecutionResult result, Map<String, Object> executionMetaData) {
        if (result == null || !result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()
                || addsExtensions(executionMetaData.get(SmallRyeContextManager.CONTEXT))
                || Config.get().isExcludeNullFieldsInResponses()) {
            return null;
        }
        ResultJson out = new ResultJson();
        out.ascii("{\"data\":");
        if (!out.value(result.getData())) {
            return null;
        }
        out.ascii("}");
        return Arrays.copyOf(out.bytes, out.size);
    }

    /** Extensions added through SmallRye's context, which its response writes after the data. */
    private static boolean addsExtensions(Object context) {
        return !(context instanceof SmallRyeContext smallRye)
                || smallRye.getAddedExtensions() != null && !smallRye.getAddedExtensions().isEmpty();
    }

    /** Writes a value as SmallRye's ExecutionResponse.toJsonValue converts it; false for what it leaves to JSON-B. */
    private boolean value(Object value) {
        if (value == null) {
            ascii("null");
        } else if (value instanceof String text) {
            return string(text);
        } else if (value instanceof Map<?, ?> map) {
            put('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    put(',');
                }
                first = false;
                if (!(entry.getKey() instanceof String key) || !string(key)) {
                    return false;
                }
                put(':');
                if (!value(entry.getValue())) {
                    return false;
                }
            }
            put('}');
        } else if (value instanceof Collection<?> list) {
            put('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    put(',');
                }
                first = false;
                if (!value(item)) {
                    return false;
                }
            }
            put(']');
        } else if (value instanceof Boolean flag) {
            ascii(flag ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            ascii(Integer.toString(((Number) value).intValue()));
        } else if (value instanceof Long number) {
            ascii(Long.toString(number));
        } else if (value instanceof Double number) {
            // JSON-P keeps a double as BigDecimal.valueOf and prints that.
            ascii(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            ascii(new BigDecimal(String.valueOf(number.floatValue())).toString());
        } else if (value instanceof BigDecimal number) {
            ascii(number.toString());
        } else if (value instanceof BigInteger number) {
            ascii(number.toString());
        } else if (value instanceof Enum<?> constant) {
            return string(constant.name());
        } else if (value instanceof JsonValue json) {
            return text(json.toString());
        } else {
            return false;
        }
        return true;
    }

    /** A JSON string escaped as JSON-P escapes it (short forms, else lower-case \\u00xx for controls); false for an
     * unpaired surrogate, which the general path turns into '?'. */
    private boolean string(String text) {
        put('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                put(c);
            } else if (c < 0x80) {
                escape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, text.charAt(++i)));
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                codePoint(c);
            }
        }
        put('"');
        return true;
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\b' -> ascii("\\b");
            case '\f' -> ascii("\\f");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> {
                ascii("\\u00");
                put(HEX[c >> 4]);
                put(HEX[c & 0xf]);
            }
        }
    }

    /** Raw JSON text (a JSON-P value's own rendering), UTF-8 encoded. */
    private boolean text(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                put(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, json.charAt(++i)));
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                codePoint(c);
            }
        }
        return true;
    }

    private void codePoint(int c) {
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xc0 | c >> 6);
            put(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            put(0xe0 | c >> 12);
            put(0x80 | c >> 6 & 0x3f);
            put(0x80 | c & 0x3f);
        } else {
            put(0xf0 | c >> 18);
            put(0x80 | c >> 12 & 0x3f);
            put(0x80 | c >> 6 & 0x3f);
            put(0x80 | c & 0x3f);
        }
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
    }

    private void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }
}
