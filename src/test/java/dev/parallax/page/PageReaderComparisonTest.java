package dev.parallax.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.Article;
import org.junit.jupiter.api.Test;

/**
 * Compares the page reader's main-text extraction ({@link MainText}, jsoup only) with Readability4J (a port of
 * Mozilla's Readability) on the saved pages, and prints the figures: the share of the expected body phrases each
 * recovers and the share of the pages' boilerplate phrases each lets through.
 */
class PageReaderComparisonTest {

    record Figures(String approach, int bodyFound, int bodyTotal, int leaked, int boilerplateTotal, List<String> misses) {
        double recall() {
            return (double) bodyFound / bodyTotal;
        }

        double leakage() {
            return (double) leaked / boilerplateTotal;
        }
    }

    @Test
    void theKeptExtractorRecoversTheBodiesAndLeaksLittle() {
        Figures jsoupOnly = measure("jsoup densest block (kept)", page -> PageReader.read(page.html(), null).text());
        Figures readability = measure("Readability4J 1.0.8", PageReaderComparisonTest::readability);
        for (Figures f : List.of(jsoupOnly, readability)) {
            System.out.printf(Locale.ROOT, "%-28s body recovered %d/%d (%.0f%%), boilerplate leaked %d/%d (%.0f%%) %s%n",
                    f.approach(), f.bodyFound(), f.bodyTotal(), 100 * f.recall(), f.leaked(), f.boilerplateTotal(),
                    100 * f.leakage(), f.misses());
        }
        assertThat(jsoupOnly.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(jsoupOnly.leakage()).isLessThanOrEqualTo(0.05);
        assertThat(jsoupOnly.recall() - jsoupOnly.leakage())
                .isGreaterThanOrEqualTo(readability.recall() - readability.leakage());
    }

    private static String readability(SavedPages.SavedPage page) {
        try {
            Article article = new Readability4J("https://example.org/" + page.name(), page.html()).parse();
            return article.getTextContent() == null ? "" : article.getTextContent();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static Figures measure(String approach, Function<SavedPages.SavedPage, String> extract) {
        int found = 0;
        int total = 0;
        int leaked = 0;
        int boilerplate = 0;
        List<String> misses = new ArrayList<>();
        for (String name : SavedPages.NAMES) {
            SavedPages.SavedPage page = SavedPages.load(name);
            String text = normalize(extract.apply(page));
            for (String phrase : page.body()) {
                total++;
                if (text.contains(normalize(phrase))) {
                    found++;
                } else {
                    misses.add(name + ": missed \"" + phrase + "\"");
                }
            }
            for (String phrase : page.boilerplate()) {
                boilerplate++;
                if (text.contains(normalize(phrase))) {
                    leaked++;
                    misses.add(name + ": leaked \"" + phrase + "\"");
                }
            }
        }
        return new Figures(approach, found, total, leaked, boilerplate, misses);
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
