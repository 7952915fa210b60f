package dev.parallax.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque global IDs: base64url of {@code "Type:databaseId"}. Clients must treat them as opaque;
 * the encoding lets {@code node(id:)} find the type without a lookup table.
 */
public record GlobalId(NodeType type, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type.name() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String of(NodeType type, long id) {
        return new GlobalId(type, id).encode();
    }

    /** Decodes a global ID exactly as {@link #encode()} writes it, or fails with BAD_USER_INPUT. */
    public static GlobalId decode(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            throw malformed(raw);
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(raw);
        }
        int colon = plain.indexOf(':');
        if (colon < 0) {
            throw malformed(raw);
        }
        try {
            NodeType type = NodeType.valueOf(plain.substring(0, colon));
            long id = Long.parseLong(plain.substring(colon + 1));
            GlobalId decoded = new GlobalId(type, id);
            // Only the one spelling encode() gives: "Claim:0001", "Claim:+1" or Arabic-Indic digits would parse to the
            // same row, so one object would answer to many IDs (and caches, audits and rate limits keyed on IDs split).
            if (id <= 0 || !decoded.encode().equals(raw)) {
                throw malformed(raw);
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw malformed(raw);
        }
    }

    /** Decodes a list of IDs that must each name an object of {@code expected} type; null stays null ("all"). */
    public static List<Long> decodeAll(List<String> raw, NodeType expected) {
        return raw == null ? null : raw.stream().map(id -> decode(id, expected)).toList();
    }

    /** Decodes an ID that must name an object of {@code expected} type. */
    public static long decode(String raw, NodeType expected) {
        GlobalId id = decode(raw);
        if (id.type != expected) {
            throw new BadUserInputException("ID " + raw + " is a " + id.type + " ID, expected a "
                    + expected + " ID");
        }
        return id.id;
    }

    private static BadUserInputException malformed(String raw) {
        return new BadUserInputException("Malformed ID: " + (raw == null ? "null" : "\"" + raw + "\""));
    }
}
