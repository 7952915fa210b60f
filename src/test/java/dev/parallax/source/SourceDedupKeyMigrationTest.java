package dev.parallax.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V5 on rows stored before it: every row stays, and its SQL keys agree with {@link DedupKey}. */
@QuarkusTest
class SourceDedupKeyMigrationTest {

    private static final String SCHEMA = "v5_check";

    @Test
    void keysEveryRowLikeDedupKeyAndKeepsEarlierDuplicates() throws Exception {
        List<String> texts = List.of("Caf\u00e9 talks.", "Cafe\u0301 talks.", "\ufeffCaf\u00e9 talks.\u00a0\u3000\n",
                "Plain text.", " Plain text.", "Plain text.\u200b", "\ufeff\ufeffTwo marks.", "Ends in NEL\u0085\u2007\u202f",
                "\u212b ohm \u2126", "Line\r\n");
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            Flyway flyway = flyway(c, "4");
            flyway.migrate();
            s.execute("insert into " + SCHEMA + ".agreement (slug, title, parties) values ('v5', 'V5', '[]')");
            for (String text : texts) {
                try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA + ".source"
                        + " (agreement_id, title, text, content_hash) select id, 't', ?, ? from " + SCHEMA + ".agreement")) {
                    p.setString(1, text);
                    p.setString(2, ContentHash.of(text));
                    p.executeUpdate();
                }
            }
            flyway(c, "latest").migrate();

            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select text, content_hash, dedup_key from " + SCHEMA + ".source order by id")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(texts);
            assertThat(rows).allSatisfy(r -> assertThat(r[1]).isEqualTo(ContentHash.of(r[0])));
            assertThat(rows.get(0)[2]).isEqualTo(DedupKey.of(texts.get(0)));
            assertThat(rows.get(1)[2]).isNull();
            assertThat(rows.get(2)[2]).isNull();
            for (int i = 3; i < rows.size(); i++) {
                assertThat(rows.get(i)[2]).as(texts.get(i)).isEqualTo(DedupKey.of(texts.get(i)));
            }
            s.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    private static Flyway flyway(Connection c, String target) throws Exception {
        return Flyway.configure()
                .dataSource(c.getMetaData().getURL(), c.getMetaData().getUserName(), "")
                .schemas(SCHEMA).locations("classpath:db/migration").target(target).load();
    }
}
