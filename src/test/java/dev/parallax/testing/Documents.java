package dev.parallax.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The GraphQL documents the tests send, kept beside them as files: {@code src/test/resources/graphql/<package>/<TestClass>/
 * <OperationName>.graphql}, one named operation a file, its package relative to {@code dev.parallax}. A test names the
 * document without the root and the ending: {@code Documents.load("comparison/SeedComparisonTest/SeedComparison")}.
 * <p>
 * Documents that are themselves under test (malformed, hostile, generated, or shaped to hit a limit) stay inline in
 * their tests.
 */
public final class Documents {

    static final String ROOT = "graphql/";
    static final String ENDING = ".graphql";

    private Documents() {
    }

    /**
     * The text of the document {@code name}, followed by that of the fragment documents {@code fragments} it spreads;
     * fails naming the path when a file is missing.
     */
    public static String load(String name, String... fragments) {
        StringBuilder document = new StringBuilder(read(name));
        for (String fragment : fragments) {
            document.append('\n').append(read(fragment));
        }
        return document.toString();
    }

    /** Where the document {@code name} lies on the class path. */
    static String path(String name) {
        return ROOT + name + ENDING;
    }

    private static String read(String name) {
        String path = path(name);
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document " + path + " on the class path (src/test/resources/"
                        + path + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GraphQL document " + path, e);
        }
    }
}
