package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.testing.StatementCounter;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Loading the seed corpus is idempotent, an unchanged corpus is not checked again, and a quote that is not verbatim at its offsets stops the load. */
@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void loadingAgainChangesNothing() throws Throwable {
        Map<String, Long> before = counts();
        assertThat(before.get("claim")).isGreaterThanOrEqualTo(70);
        forgetTheLoadedCorpus();
        assertThat(loader.load("classpath:seeds")).isZero();
        forgetTheLoadedCorpus();
        assertThat(loader.load("seeds")).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnchangedCorpusIsNotCheckedAgainAndAChangedOneIs() throws Throwable {
        loader.load("classpath:seeds");
        StatementCounter.reset();
        assertThat(loader.load("classpath:seeds")).isZero();
        assertThat(StatementCounter.count()).as(StatementCounter.describe()).isEqualTo(1);

        Path copy = copyOfSeeds();
        Path agreement = copy.resolve("idlib-2020/agreement.yaml");
        Files.writeString(agreement, Files.readString(agreement).replace("title: \"Earlier memoranda\"",
                "title: \"Earlier memoranda (retitled)\""));
        Map<String, Long> before = counts();
        StatementCounter.reset();
        assertThat(loader.load(copy.toString())).isZero();
        assertThat(StatementCounter.count()).as("the changed corpus is checked against the database").isGreaterThan(5);
        assertThat(counts()).isEqualTo(before);

        StatementCounter.reset();
        assertThat(loader.load(copy.toString())).isZero();
        assertThat(StatementCounter.count()).as(StatementCounter.describe()).isEqualTo(1);
        StatementCounter.reset();
        assertThat(loader.load("classpath:seeds")).isZero();
        assertThat(StatementCounter.count()).as("the bundled corpus is no longer the one loaded last").isGreaterThan(5);
    }

    @Test
    void aChangedFacetIsUpdatedByTheLoaderKeepingItsClaimsAndRecordedAsTheLoadersChange() throws Throwable {
        loader.load("classpath:seeds");
        Path copy = copyOfSeeds();
        Path agreement = copy.resolve("idlib-2020/agreement.yaml");
        String yaml = Files.readString(agreement);
        String relabelled = yaml.replace("label: \"Corridor depth south of the M4\"",
                "label: \"Corridor depth south of the M4 (relabelled)\"");
        assertThat(relabelled).as("the test must find the label to change").isNotEqualTo(yaml);
        Files.writeString(agreement, relabelled);
        Map<String, Long> before = counts();
        try {
            assertThat(loader.load(copy.toString())).isZero();
            assertThat(label("corridor-depth-south")).isEqualTo("Corridor depth south of the M4 (relabelled)");
            assertThat(counts()).as("no row added or lost").isEqualTo(before);
            assertThat(lastEvent()).containsExactly("seed-loader",
                    "facet corridor-depth-south label: Corridor depth south of the M4 -> Corridor depth south of the M4 (relabelled)");
        } finally {
            loader.load("classpath:seeds");
        }
        assertThat(label("corridor-depth-south")).isEqualTo("Corridor depth south of the M4");
        assertThat(counts()).isEqualTo(before);
    }

    private static String label(String facet) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select f.label from facet f join agreement a on a.id = f.agreement_id"
                        + " where a.slug = 'idlib-2020' and f.key = '" + facet + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static java.util.List<String> lastEvent() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select e.actor, e.summary from agreement_event e join agreement a"
                        + " on a.id = e.agreement_id where a.slug = 'idlib-2020' order by e.id desc limit 1")) {
            rs.next();
            return java.util.List.of(rs.getString(1), rs.getString(2));
        }
    }

    private static void forgetTheLoadedCorpus() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("delete from seed_corpus");
        }
    }

    @Test
    void storedSourceTextsAreByteIdenticalToTheFiles() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select so.file_name, so.text from source so join agreement a"
                        + " on a.id = so.agreement_id where a.slug = 'idlib-2020'")) {
            int n = 0;
            while (rs.next()) {
                byte[] file = Files.readAllBytes(Path.of("seeds/idlib-2020/articles", rs.getString(1)));
                assertThat(rs.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(file);
                n++;
            }
            assertThat(n).isEqualTo(5);
        }
    }

    @Test
    void aQuoteNotAtItsOffsetsStopsTheLoadNamingSourceAndQuote() throws Exception {
        Path copy = copyOfSeeds();
        Path claims = copy.resolve("idlib-2020/claims.yaml");
        String yaml = Files.readString(claims);
        // shift the offsets of one known quote by one character
        String broken = yaml.replaceFirst("exact: (['\"]?)3 miles to the south\\1, start: 2676, end: 2696",
                "exact: $13 miles to the south$1, start: 2677, end: 2697");
        assertThat(broken).as("the test must find the quote to break").isNotEqualTo(yaml);
        Files.writeString(claims, broken);
        // and add an agreement that would otherwise be new, to prove nothing at all is written
        Files.writeString(copy.resolve("idlib-2020/agreement.yaml"),
                Files.readString(copy.resolve("idlib-2020/agreement.yaml")).replace("slug: idlib-2020", "slug: idlib-broken"));
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> loader.load(copy.toString()))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("001_67730fdf2bf4790a.txt")
                .hasMessageContaining("3 miles to the south")
                .hasMessageContaining("2677");
        assertThat(counts()).isEqualTo(before);
    }

    private static Path copyOfSeeds() throws IOException {
        Path target = Files.createTempDirectory("seeds-copy");
        Path source = Path.of("seeds");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"agreement", "clause", "facet", "source", "claim"}) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
