package dev.parallax.testing;

import dev.parallax.source.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed articles as files, for tests that identify sources by content hash. */
public final class SeedArticles {

    public static final String S000 = "000_f5354d10256ba2c7.txt";
    public static final String S001 = "001_67730fdf2bf4790a.txt";
    public static final String S002 = "002_50ccf0e067f16e8e.txt";
    public static final String S003 = "003_44ffeed59630c6dc.txt";
    public static final String S004 = "004_a36cb6ebcdde2cc5.txt";

    private SeedArticles() {
    }

    public static String text(String file) {
        try {
            return Files.readString(Path.of("seeds/idlib-2020/articles", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String hash(String file) {
        return ContentHash.of(text(file));
    }
}
