package dev.parallax.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the seed agreement into a new one with {@code n} sources (the seed articles over and over,
 * each with its curated claims), straight through SQL, for tests that need a large corpus.
 */
public final class BulkCorpus {

    private BulkCorpus() {
    }

    /** Creates the copy unless it exists; returns the new agreement's database ID. */
    public static synchronized long ensure(String slug, int n) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            Long existing = single(c, "select id from agreement where slug = ?", slug);
            if (existing != null) {
                return existing;
            }
            c.setAutoCommit(false);
            long old = single(c, "select id from agreement where slug = 'idlib-2020'");
            long fresh = single(c, "insert into agreement (slug, title, parties, place, signed_on, time_zone)"
                    + " select ?, title || ' (bulk copy)', parties, place, signed_on, time_zone from agreement where id = ?"
                    + " returning id", slug, old);
            update(c, "insert into clause (agreement_id, number, title, text, position)"
                    + " select ?, number, title, text, position from clause where agreement_id = ?", fresh, old);
            update(c, "insert into facet (agreement_id, clause_id, key, label, description, kind, expected, sum_of,"
                    + " names, extract, position) select ?, nc.id, f.key, f.label, f.description, f.kind, f.expected, f.sum_of,"
                    + " f.names, f.extract, f.position from facet f left join clause oc on oc.id = f.clause_id"
                    + " left join clause nc on nc.agreement_id = ? and nc.number = oc.number"
                    + " where f.agreement_id = ?", fresh, fresh, old);
            List<Long> seedSources = list(c, "select id from source where agreement_id = ? order by id", old);
            for (int i = 0; i < n; i++) {
                long from = seedSources.get(i % seedSources.size());
                long source = single(c, "insert into source (agreement_id, title, text, content_hash, outlet, url,"
                        + " published_on, language) select ?, title || ' #' || ?, text,"
                        + " encode(sha256(convert_to(text || ?, 'UTF8')), 'hex'), outlet, url, published_on, language"
                        + " from source where id = ? returning id", fresh, i, i, from);
                update(c, "insert into claim (source_id, facet_id, value, quote_exact, quote_start, quote_end,"
                        + " quote_prefix, quote_suffix, attributed_to, status, origin)"
                        + " select ?, nf.id, cl.value, cl.quote_exact, cl.quote_start, cl.quote_end, cl.quote_prefix,"
                        + " cl.quote_suffix, cl.attributed_to, cl.status, 'test:bulk' from claim cl"
                        + " join facet f on f.id = cl.facet_id join facet nf on nf.agreement_id = ? and nf.key = f.key"
                        + " where cl.source_id = ?", source, fresh, from);
            }
            c.commit();
            return fresh;
        }
    }

    private static Long single(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static List<Long> list(Connection c, String sql, Object... args) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
