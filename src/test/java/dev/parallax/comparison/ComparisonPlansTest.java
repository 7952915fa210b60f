package dev.parallax.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claim.ClaimRepository;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.source.SourceRepository;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statements a comparison issues (the repositories' own SQL) use indexes, not a sequential scan of
 * {@code claim} or {@code source}, on a generated database: 60 agreements, 2,955 sources, 29,550 claims,
 * one agreement holding a tenth of them. Plans are read after ANALYZE, with the planner's defaults.
 */
@QuarkusTest
class ComparisonPlansTest {

    private static final String SCHEMA = "plans_check";
    private static final int AGREEMENTS = 60;
    private static final int LARGE_SOURCES = 300;
    private static final int SMALL_SOURCES = 45;
    private static final int CLAIMS_PER_SOURCE = 10;

    @BeforeAll
    static void generate() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            Flyway.configure().dataSource(c.getMetaData().getURL(), c.getMetaData().getUserName(), "")
                    .schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
            s.execute("set search_path to " + SCHEMA);
            s.execute("insert into agreement (id, slug, title, parties)"
                    + " select g, 'a' || g, 'Agreement ' || g, '[]' from generate_series(1, " + AGREEMENTS + ") g");
            s.execute("insert into facet (id, agreement_id, key, label, kind, position)"
                    + " select a * 10 + f, a, 'f' || f, 'Facet ' || f, 'COUNT', f"
                    + " from generate_series(1, " + AGREEMENTS + ") a, generate_series(0, 9) f");
            // agreement 1 holds a tenth of the sources; the text is a realistic article's length
            s.execute("insert into source (id, agreement_id, title, text, content_hash, dedup_key, outlet)"
                    + " select g, case when g <= " + LARGE_SOURCES + " then 1 else 2 + (g - " + LARGE_SOURCES
                    + " - 1) / " + SMALL_SOURCES + " end, 'Source ' || g, repeat('Officials said 29 patrols ran. ', 120),"
                    + " encode(sha256(convert_to('t' || g, 'UTF8')), 'hex'), encode(sha256(convert_to('d' || g, 'UTF8')), 'hex'),"
                    + " 'Outlet' from generate_series(1, " + totalSources() + ") g");
            s.execute("insert into claim (source_id, facet_id, value, quote_exact, quote_start, quote_end, quote_prefix,"
                    + " quote_suffix, status, origin)"
                    + " select src.id, src.agreement_id * 10 + k, '{\"kind\": \"COUNT\", \"amount\": \"29\"}', '29', k * 30,"
                    + " k * 30 + 2, 'said ', ' patrols', (array['CURATED', 'CONFIRMED', 'SUGGESTED', 'REJECTED',"
                    + " 'CURATED'])[1 + (src.id + k) % 5], 'test:plans'"
                    + " from source src, generate_series(0, " + (CLAIMS_PER_SOURCE - 1) + ") k");
            s.execute("analyze agreement");
            s.execute("analyze facet");
            s.execute("analyze source");
            s.execute("analyze claim");
        }
    }

    @AfterAll
    static void dropTheSchema() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static int totalSources() {
        return LARGE_SOURCES + (AGREEMENTS - 1) * SMALL_SOURCES;
    }

    @Test
    void theGeneratedDatabaseHasTheIntendedSize() throws Exception {
        assertThat(single("select count(*) from source")).isEqualTo((long) totalSources());
        assertThat(single("select count(*) from claim")).isEqualTo((long) totalSources() * CLAIMS_PER_SOURCE);
    }

    @Test
    void aLargeAgreementsSourcesComeByIndex() throws Exception {
        for (boolean withText : new boolean[] {false, true}) {
            String plan = explain(bind(SourceRepository.comparisonSql(withText, false), "agreements", List.of(1L)));
            assertThat(plan).doesNotContain("Seq Scan on source").contains("Index");
        }
    }

    @Test
    void chosenSourcesComeByIndex() throws Exception {
        String sql = bind(bind(SourceRepository.comparisonSql(false, true), "agreements", List.of(1L)), "ids",
                List.of(5L, 17L, 250L));
        assertThat(explain(sql)).doesNotContain("Seq Scan on source").contains("Index");
    }

    @Test
    void aPageOfALargeAgreementsSourcesComesByIndex() throws Exception {
        String byId = bind(SourceRepository.comparisonPageSql(false, false), "agreements", List.of(1L))
                .replace(":after", "100").replace(":first", "20");
        assertThat(explain(byId)).doesNotContain("Seq Scan on source").contains("Index");
        String chosen = bind(bind(bind(SourceRepository.comparisonPageSql(true, true), "agreements", List.of(1L)),
                "ids", List.of(5L, 17L, 250L)), "pageIds", List.of(5L, 17L));
        assertThat(explain(chosen)).doesNotContain("Seq Scan on source").contains("Index");
    }

    @Test
    void severalAgreementsSourcesComeByIndex() throws Exception {
        String plan = explain(bind(SourceRepository.comparisonSql(false, false), "agreements", List.of(2L, 3L, 4L)));
        assertThat(plan).doesNotContain("Seq Scan on source").contains("Index");
    }

    @Test
    void aLargeAgreementsCountedClaimsUseThePartialIndex() throws Exception {
        String plan = explain(bind(ClaimRepository.countedSql(ClaimStatus.COUNTED), "sources",
                range(1, LARGE_SOURCES)));
        assertThat(plan).doesNotContain("Seq Scan on claim").contains("claim_counted_idx");
    }

    @Test
    void aSmallAgreementsCountedClaimsUseThePartialIndex() throws Exception {
        String plan = explain(bind(ClaimRepository.countedSql(ClaimStatus.COUNTED), "sources",
                range(LARGE_SOURCES + 1, LARGE_SOURCES + SMALL_SOURCES)));
        assertThat(plan).doesNotContain("Seq Scan on claim").contains("claim_counted_idx");
    }

    @Test
    void suggestedClaimsTooComeByIndex() throws Exception {
        String plan = explain(bind(ClaimRepository.countedSql(ClaimStatus.COUNTED_WITH_SUGGESTED), "sources",
                range(1, LARGE_SOURCES)));
        assertThat(plan).doesNotContain("Seq Scan on claim").contains("Index");
    }

    private static List<Long> range(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            ids.add(i);
        }
        return ids;
    }

    // The application binds an array to :name; the same array written into the statement plans the same way.
    private static String bind(String sql, String name, List<Long> ids) {
        assertThat(sql).contains(":" + name);
        return sql.replace(":" + name, "'{" + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                + "}'::bigint[]");
    }

    private static String explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            try (ResultSet rs = s.executeQuery("select current_setting('enable_seqscan')")) {
                rs.next();
                assertThat(rs.getString(1)).as("the planner may scan sequentially").isEqualTo("on");
            }
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
