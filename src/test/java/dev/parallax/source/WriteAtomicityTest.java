package dev.parallax.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.RawHttp;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.TestDatabase;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Writes are transactional: a failure in the middle of adding a source with its claims leaves nothing
 * behind." Proven without mocks: a PL/pgSQL trigger makes PostgreSQL itself fail an INSERT half-way through
 * a mutation, after earlier rows of the same request are already written. Each trigger fires only for rows of
 * an agreement made for this test, and is dropped again before the test ends.
 */
@QuarkusTest
class WriteAtomicityTest {

    static final String ADD_SOURCE = Documents.load("source/WriteAtomicityTest/AddSource");
    static final String ADD_CLAIM = Documents.load("source/WriteAtomicityTest/AddClaim");
    /** The SQLSTATE the injected fault raises: unknown to the service, like any unexpected database failure. */
    static final String FAULT_STATE = "PXF01";
    static final String FAULT_MESSAGE = "injected fault";
    static final String TOKEN = Tokens.valid(GraphQl.TESTER, "editor", "admin");

    /** The article added; the extractor suggests well over three claims for it, so the fault is mid-way. */
    static final String ARTICLE = SeedArticles.S002;

    /**
     * Fails the third INSERT into {@code claim} (or the third into {@code claim_event}) for the test's agreement:
     * the source and two claims (or three claims and two history rows) of the same request are written by then.
     */
    @ParameterizedTest(name = "fault on the 3rd insert into {0}")
    @ValueSource(strings = {"claim", "claim_event"})
    void addSourceFailingHalfWayLeavesNothingBehind(String table) throws Exception {
        long agreementDbId = BulkCorpus.ensure("atomicity-" + table.replace('_', '-'), 0);
        String agreement = GlobalId.of(NodeType.Agreement, agreementDbId);
        Map<String, Object> input = Map.of("agreementId", agreement, "text", SeedArticles.text(ARTICLE),
                "title", "Atomicity " + table);
        assertThat(ofAgreement(agreementDbId)).as("the test agreement starts empty")
                .containsEntry("source", 0L).containsEntry("claim", 0L).containsEntry("claim_event", 0L);

        Map<String, Long> before = RawHttp.tableCounts();
        RawHttp.Reply failed;
        long attempts;
        try (InjectedFault fault = table.equals("claim")
                ? new InjectedFault("claim", "txfault_claim_" + agreementDbId,
                        "new.source_id in (select s.id from source s where s.agreement_id = " + agreementDbId + ")",
                        "(select count(*) from claim c where c.source_id = new.source_id) >= 2")
                : new InjectedFault("claim_event", "txfault_event_" + agreementDbId,
                        "new.claim_id in (select c.id from claim c join source s on s.id = c.source_id"
                                + " where s.agreement_id = " + agreementDbId + ")",
                        "(select count(*) from claim_event e join claim c on c.id = e.claim_id"
                                + " join source s on s.id = c.source_id where s.agreement_id = " + agreementDbId + ") >= 2")) {
            failed = post(ADD_SOURCE, input);
            attempts = fault.hits();
        }

        // The fault really struck half-way: two earlier rows of the same table (and, through the lookups in the
        // trigger's condition, the source and its claims) had been inserted by this request before it.
        assertThat(attempts).as("inserts into %s the trigger saw before and including the failing one", table).isEqualTo(3);
        assertFailedWithoutLeak(failed);
        assertThat(ofAgreement(agreementDbId)).as("rows of the agreement after the failed addSource")
                .containsEntry("source", 0L).containsEntry("claim", 0L).containsEntry("claim_event", 0L);
        assertThat(RawHttp.tableCounts()).as("all table counts after the failed addSource").isEqualTo(before);

        // The same request without the fault succeeds: it was the injected fault that failed it, not the input.
        RawHttp.Reply ok = post(ADD_SOURCE, input);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("errors")).as(ok.body()).isNull();
        JsonNode payload = ok.json().at("/data/addSource");
        assertThat(payload.get("created").asBoolean()).isTrue();
        int suggested = payload.get("claims").size();
        assertThat(suggested).as("suggested claims: the fault must have been neither the first nor the last insert")
                .isGreaterThan(3);
        payload.get("claims").forEach(c -> assertThat(c.get("status").asText()).isEqualTo("SUGGESTED"));
        assertThat(ofAgreement(agreementDbId)).containsEntry("source", 1L)
                .containsEntry("claim", (long) suggested).containsEntry("claim_event", (long) suggested);
        Map<String, Long> expected = new TreeMap<>(before);
        expected.merge("source", 1L, Long::sum);
        expected.merge("claim", (long) suggested, Long::sum);
        expected.merge("claim_event", (long) suggested, Long::sum);
        assertThat(RawHttp.tableCounts()).isEqualTo(expected);
    }

    /** {@code addClaim} writes the claim, then its history row: a fault on the second leaves no claim. */
    @Test
    void addClaimFailingOnItsHistoryRowLeavesNoClaim() throws Exception {
        long agreementDbId = BulkCorpus.ensure("atomicity-add-claim", 5);
        String text = SeedArticles.text(SeedArticles.S003);
        long sourceDbId = single("select id from source where agreement_id = " + agreementDbId
                + " and text like 'Since December%' order by id limit 1");
        int start = text.indexOf("three million civilians");
        Map<String, Object> input = Map.of("sourceId", GlobalId.of(NodeType.Source, sourceDbId),
                "facetKey", "corridor-depth-south", "value", Map.of("kind", "LENGTH", "amount", "6", "unit", "km"),
                "quote", Map.of("start", start, "end", start + 13), "attributedTo", "atomicity test");
        String sameSpan = "select count(*) from claim where source_id = " + sourceDbId + " and quote_start = " + start
                + " and quote_end = " + (start + 13);
        assertThat(single(sameSpan)).isZero();
        Map<String, Long> rowsBefore = ofAgreement(agreementDbId);

        Map<String, Long> before = RawHttp.tableCounts();
        RawHttp.Reply failed;
        long attempts;
        try (InjectedFault fault = new InjectedFault("claim_event", "txfault_add_claim_" + agreementDbId,
                "new.claim_id in (select c.id from claim c join source s on s.id = c.source_id"
                        + " where s.agreement_id = " + agreementDbId + ")",
                "true")) {
            failed = post(ADD_CLAIM, input);
            attempts = fault.hits();
        }

        // The trigger's condition found the new claim in the table: the claim row was written before the fault.
        assertThat(attempts).as("history rows attempted for the agreement's claims").isEqualTo(1);
        assertFailedWithoutLeak(failed);
        assertThat(single(sameSpan)).as("claims on the span after the failed addClaim").isZero();
        assertThat(ofAgreement(agreementDbId)).isEqualTo(rowsBefore);
        assertThat(RawHttp.tableCounts()).isEqualTo(before);

        RawHttp.Reply ok = post(ADD_CLAIM, input);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("errors")).as(ok.body()).isNull();
        assertThat(ok.json().at("/data/addClaim/claim/status").asText()).isEqualTo("CURATED");
        assertThat(ok.json().at("/data/addClaim/claim/history/0/action").asText()).isEqualTo("ADDED");
        assertThat(single(sameSpan)).isEqualTo(1);
        Map<String, Long> expected = new TreeMap<>(before);
        expected.merge("claim", 1L, Long::sum);
        expected.merge("claim_event", 1L, Long::sum);
        assertThat(RawHttp.tableCounts()).isEqualTo(expected);
    }

    /** HTTP 200 with a GraphQL error INTERNAL_SERVER_ERROR, no data, and nothing of the database's error text. */
    static void assertFailedWithoutLeak(RawHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json()).as(reply.body()).isNotNull();
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).isNotNull();
        assertThat(errors.size()).as(reply.body()).isEqualTo(1);
        assertThat(errors.get(0).at("/extensions/code").asText()).as(reply.body()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("Internal error");
        assertThat(reply.json().get("data").isNull()).as(reply.body()).isTrue();
        // graphql-java's own classification names are no internals; everything else must not say what failed
        String body = reply.body().replace("\"classification\":\"DataFetchingException\"", "");
        assertThat(body).doesNotContainIgnoringCase(FAULT_MESSAGE).doesNotContain(FAULT_STATE)
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("insert")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("trigger")
                .doesNotContainIgnoringCase("txfault").doesNotContain("hibernate").doesNotContain("vertx")
                .doesNotContain("claim_event").doesNotContain("stackTrace").doesNotContain("at dev.");
    }

    static RawHttp.Reply post(String query, Map<String, Object> input) {
        return RawHttp.postJson(Map.of("query", query, "variables", Map.of("input", input)),
                Map.of("Authorization", "Bearer " + TOKEN, "Accept", "application/json"));
    }

    /** Rows of one agreement: its sources, their claims and the claims' history. */
    static Map<String, Long> ofAgreement(long agreementDbId) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("source", single("select count(*) from source where agreement_id = " + agreementDbId));
        counts.put("claim", single("select count(*) from claim c join source s on s.id = c.source_id"
                + " where s.agreement_id = " + agreementDbId));
        counts.put("claim_event", single("select count(*) from claim_event e join claim c on c.id = e.claim_id"
                + " join source s on s.id = c.source_id where s.agreement_id = " + agreementDbId));
        return counts;
    }

    static long single(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A BEFORE INSERT trigger on {@code table}: for rows matching {@code appliesWhen} it counts the attempt in a
     * sequence (sequences ignore rollbacks, so the count survives the failed transaction) and raises
     * {@value #FAULT_MESSAGE} with SQLSTATE {@value #FAULT_STATE} once {@code failWhen} holds. Closing drops it all.
     */
    static final class InjectedFault implements AutoCloseable {

        private final String table;
        private final String name;

        InjectedFault(String table, String name, String appliesWhen, String failWhen) throws SQLException {
            this.table = table;
            this.name = name;
            close();
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("create sequence " + name + "_hits");
                s.execute("create function " + name + "() returns trigger language plpgsql as $$\n"
                        + "begin\n"
                        + "  if " + appliesWhen + " then\n"
                        + "    perform nextval('" + name + "_hits');\n"
                        + "    if " + failWhen + " then\n"
                        + "      raise exception '" + FAULT_MESSAGE + " on %', tg_table_name using errcode = '" + FAULT_STATE + "';\n"
                        + "    end if;\n"
                        + "  end if;\n"
                        + "  return new;\n"
                        + "end $$");
                s.execute("create trigger " + name + " before insert on " + table + " for each row execute function "
                        + name + "()");
            }
        }

        /** How many matching rows the trigger saw (the failing one included). */
        long hits() throws SQLException {
            try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                    "select case when is_called then last_value else 0 end from " + name + "_hits");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("drop trigger if exists " + name + " on " + table);
                s.execute("drop function if exists " + name + "()");
                s.execute("drop sequence if exists " + name + "_hits");
            }
        }
    }
}
