package dev.parallax.http;

import java.util.Locale;

/** Content negotiation for GraphQL over HTTP: which response type a client accepts, which request type it sent. */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response media type for an {@code Accept} header, or null when none is acceptable. A missing
     * header means {@code application/json} (the spec's choice for legacy clients), so does a wildcard.
     */
    static String responseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            String offered = switch (type) {
                case GRAPHQL_RESPONSE_JSON -> GRAPHQL_RESPONSE_JSON;
                case JSON, "application/*", "*/*" -> JSON;
                default -> null;
            };
            if (offered != null && quality > 0 && charsetIsUtf8(parts)
                    && (quality > bestQuality || quality == bestQuality && offered.equals(GRAPHQL_RESPONSE_JSON) && isSpecific(type))) {
                best = offered;
                bestQuality = quality;
            }
        }
        return best;
    }

    /**
     * True for {@code application/json} with no charset or UTF-8: the only body Parallax reads from a POST. A list
     * of those is one too: browsers join a header set twice (GraphiQL's fetcher sets {@code content-type} and
     * {@code Content-Type}) into {@code application/json, application/json}. Any other member refuses the list.
     */
    static boolean isJsonRequest(String contentType) {
        if (contentType == null) {
            return false;
        }
        for (String member : contentType.split(",", -1)) {
            String[] parts = member.split(";");
            if (!parts[0].trim().toLowerCase(Locale.ROOT).equals(JSON) || !charsetIsUtf8(parts)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpecific(String type) {
        return !type.contains("*");
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static boolean charsetIsUtf8(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring("charset=".length()).replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
