package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything specific to an agreement lives in data: no Java source names either test agreement. */
class NoAgreementInCodeTest {

    static final List<String> WORDS = List.of("idlib", "syria", "turkey", "turkish", "russia", "erdogan", "putin",
            "lavrov", "trumba", "tronba", "saraqib", "m4 ", "\"m4\"", "moscow", "minsk", "ukrain", "osce", "kiev", "kyiv",
            "donbas", "artillery");

    @Test
    void mainSourcesNameNoAgreementSpecificThing() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> hits = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                String text = read(p).toLowerCase(Locale.ROOT);
                return WORDS.stream().filter(text::contains).map(w -> p + ": " + w);
            }).toList();
            assertThat(hits).isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
