package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor's Java knows nothing of any one agreement and uses no framework: all such knowledge is seed data. */
class ExtractorSourceHygieneTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/parallax/extract");
    private static final List<String> AGREEMENT_WORDS = List.of("idlib", "erdogan", "putin", "lavrov", "corridor",
            "m4", "trumba", "tronba", "saraqib", "syria", "turkey", "turkish", "russia", "ceasefire", "cease-fire",
            "moscow", "ankara", "patrol", "refugee", "humanitarian", "assad");
    private static final List<String> FRAMEWORK_IMPORTS = List.of("import io.quarkus", "import io.vertx",
            "import org.hibernate", "import jakarta.", "import com.fasterxml", "import org.eclipse.microprofile",
            "import java.io.", "import java.nio.file", "import java.net.");

    @Test
    void containsNoAgreementSpecificWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = Files.readString(file).toLowerCase(Locale.ROOT);
            for (String word : AGREEMENT_WORDS) {
                if (java.util.regex.Pattern.compile("(?<![a-z0-9])" + java.util.regex.Pattern.quote(word)).matcher(text)
                        .find()) {
                    found.add(file.getFileName() + ": " + word);
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "agreement-specific words in the extractor: " + found);
    }

    @Test
    void usesNoFrameworkAndNoIo() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = Files.readString(file);
            FRAMEWORK_IMPORTS.stream().filter(text::contains).forEach(i -> found.add(file.getFileName() + ": " + i));
        }
        assertTrue(found.isEmpty(), () -> "framework or I/O imports in the extractor: " + found);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> out = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(out.size() >= 5, "extractor sources not found under " + SOURCES.toAbsolutePath());
            return out;
        }
    }
}
