package dev.parallax.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts the statements the server executed, from pg_stat_statements, excluding its own queries. */
public final class StatementCounter {

    /** The counter's own queries, and the session setup of the test's JDBC connections. */
    private static final String EXCLUDED = " and query not ilike '%pg_stat_statements%'"
            + " and query not ilike 'SET application_name%'";

    private StatementCounter() {
    }

    public static void reset() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements since the last reset with their call counts, for assertion messages. */
    public static String describe() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select calls, query from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + EXCLUDED + " order by calls desc")) {
            while (rs.next()) {
                out.append(rs.getLong(1)).append(" x ").append(rs.getString(2)).append('\n');
            }
        }
        return out.toString();
    }

    /** Statements the clients sent since the last reset: without those run inside them (foreign key checks). */
    public static long countSent() throws SQLException {
        return calls(" and toplevel");
    }

    /** Statements run against the application database since the last reset. */
    public static long count() throws SQLException {
        return calls("");
    }

    private static long calls(String condition) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())" + condition
                        + EXCLUDED)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
