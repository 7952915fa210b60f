package dev.parallax.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The saved news pages under src/test/resources/pages, each with the body sentences and boilerplate it holds. */
public final class SavedPages {

    public static final List<String> NAMES = List.of("harbour-herald", "meridian-wire", "le-quotidien",
            "northern-ledger", "daily-compass", "levant-post");

    /** One page: its HTML, phrases of its article body (+ lines) and of its boilerplate (- lines). */
    public record SavedPage(String name, String html, List<String> body, List<String> boilerplate) {
    }

    private SavedPages() {
    }

    public static String html(String name) {
        return resource(name + ".html");
    }

    public static SavedPage load(String name) {
        List<String> body = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        for (String line : resource(name + ".expect").lines().toList()) {
            if (line.startsWith("+ ")) {
                body.add(line.substring(2));
            } else if (line.startsWith("- ")) {
                boilerplate.add(line.substring(2));
            }
        }
        return new SavedPage(name, html(name), body, boilerplate);
    }

    private static String resource(String file) {
        try (InputStream in = SavedPages.class.getResourceAsStream("/pages/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no saved page " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
