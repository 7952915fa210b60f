package dev.parallax.source;

import dev.parallax.domain.InvalidInputException;
import dev.parallax.domain.Unicode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks what a client sends as a new source; every rejection is a BAD_USER_INPUT naming the field. */
public final class SourceInputRules {

    /** Largest accepted article, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 200 * 1024;
    public static final int MAX_SHORT_FIELD = 500;
    private static final int MAX_URL = 2048;

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private SourceInputRules() {
    }

    public static String text(String text) {
        if (text == null || !hasVisibleCharacter(text)) {
            throw new InvalidInputException("text must not be empty");
        }
        checkCharacters(text, "text");
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new InvalidInputException("text is over " + MAX_TEXT_BYTES / 1024 + " KB");
        }
        return text;
    }

    /** The title as given, or the text's first line (shortened) when none is given. */
    public static String title(String title, String text) {
        if (title != null && !title.isBlank()) {
            checkCharacters(title, "title");
            if (title.length() > MAX_SHORT_FIELD) {
                throw new InvalidInputException("title is over " + MAX_SHORT_FIELD + " characters");
            }
            return title.strip();
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= 120 ? firstLine : firstLine.substring(0, 119) + "…";
    }

    public static String url(String url) {
        if (url == null) {
            return null;
        }
        if (url.length() > MAX_URL) {
            throw new InvalidInputException("url is over " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidInputException("url must be an absolute http(s) URL: " + url);
            }
            // Credentials in a stored, publicly readable URL would be published; the message does not repeat them.
            if (uri.getRawUserInfo() != null) {
                throw new InvalidInputException("url must not contain a user name or password");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url is malformed: " + e.getMessage());
        }
    }

    public static LocalDate date(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedOn must be an ISO date (YYYY-MM-DD): " + date);
        }
    }

    public static String language(String language) {
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("language must be a BCP 47 tag such as en or pt-BR: " + language);
        }
        return language;
    }

    /** A short optional field (outlet): checked characters, at most 500 characters. */
    public static String optional(String value, String field) {
        if (value != null) {
            checkCharacters(value, field);
            if (value.length() > MAX_SHORT_FIELD) {
                throw new InvalidInputException(field + " is over " + MAX_SHORT_FIELD + " characters");
            }
        }
        return value;
    }

    /** False when the text holds only white space, zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and combining marks. */
    static boolean hasVisibleCharacter(String s) {
        return s.codePoints().anyMatch(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK));
    }

    /** Rejects control characters other than tab and line breaks, and lone UTF-16 surrogates. */
    static void checkCharacters(String s, String field) {
        int lone = Unicode.loneSurrogateAt(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidInputException(field + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at offset " + i);
            }
            if (i == lone) {
                throw new InvalidInputException(field + " is not valid Unicode (lone surrogate at offset " + i + ")");
            }
        }
    }
}
