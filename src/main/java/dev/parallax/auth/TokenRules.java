package dev.parallax.auth;

import dev.parallax.domain.Unicode;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What a verified token must also be before Parallax trusts it: roles as an array, a bounded lifetime, a clean subject. */
final class TokenRules {

    /** Longest subject kept in the history. */
    static final int MAX_SUBJECT = 255;

    private TokenRules() {
    }

    /** Fails UNAUTHENTICATED when the (signature-checked) token breaks a rule; {@code now} for the lifetime. */
    static void check(JsonWebToken token, Duration maxLifetime, Instant now) {
        // SmallRye JWT splits a groups *string* at spaces: "reader admin" would grant admin. Only an array is a list.
        JsonValue groups = payload(token).get("groups");
        if (groups != null && groups.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new UnauthenticatedException("The bearer token was refused: its groups claim must be an array.");
        }
        if (Instant.ofEpochSecond(token.getExpirationTime()).isAfter(now.plus(maxLifetime))) {
            throw new UnauthenticatedException("The bearer token was refused: it is valid for longer than "
                    + maxLifetime.toHours() + " h.");
        }
    }

    /** The subject recorded as the actor: 1 to 255 characters, no control characters, valid Unicode. */
    static String subject(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT
                || subject.chars().anyMatch(Character::isISOControl) || hasLoneSurrogate(subject)) {
            throw new UnauthenticatedException("The bearer token was refused: its subject must be 1 to " + MAX_SUBJECT
                    + " printable characters.");
        }
        return subject;
    }

    private static boolean hasLoneSurrogate(String text) {
        return Unicode.loneSurrogateAt(text) >= 0;
    }

    private static JsonObject payload(JsonWebToken token) {
        String raw = token.getRawToken();
        if (raw == null) {
            throw new UnauthenticatedException("The bearer token was refused: it is malformed.");
        }
        String[] parts = raw.split("\\.", -1);
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
            throw new UnauthenticatedException("The bearer token was refused: it is malformed.");
        }
    }
}
