package dev.parallax.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.StatementCounter;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code addSource} over GraphQL: suggestions, deduplication by content, and bad input writing nothing. */
@QuarkusTest
class AddSourceTest {

    static final String ADD = Documents.load("source/AddSourceTest/AddSource");

    static JsonPath add(Map<String, Object> input) {
        return GraphQl.post(ADD, Map.of("input", input)).statusCode(200).extract().jsonPath();
    }

    static String emptyAgreement(String slug) throws Exception {
        return GlobalId.of(NodeType.Agreement, BulkCorpus.ensure(slug, 0));
    }

    @Test
    void addingTheSameTextTwiceGivesBackTheSameSource() throws Exception {
        String agreement = emptyAgreement("ingest-dedupe");
        Map<String, Object> input = Map.of("agreementId", agreement, "text", SeedArticles.text(SeedArticles.S001),
                "title", "Seed 001", "publishedOn", "2020-03-05", "language", "en");
        JsonPath first = add(input);
        assertThat(first.getList("errors")).isNull();
        assertThat(first.getBoolean("data.addSource.created")).isTrue();
        assertThat(first.getString("data.addSource.source.contentHash")).isEqualTo(SeedArticles.hash(SeedArticles.S001));
        List<String> statuses = first.getList("data.addSource.claims.status");
        assertThat(statuses).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo("SUGGESTED"));
        String text = SeedArticles.text(SeedArticles.S001);
        List<Map<String, Object>> quotes = first.getList("data.addSource.claims.quote");
        assertThat(quotes).allSatisfy(q -> assertThat(text.substring((int) q.get("start"), (int) q.get("end"))).isEqualTo(q.get("exact")));
        long before = count("source");

        JsonPath second = add(input);
        assertThat(second.getBoolean("data.addSource.created")).isFalse();
        assertThat(second.getString("data.addSource.source.id")).isEqualTo(first.getString("data.addSource.source.id"));
        assertThat(second.getList("data.addSource.claims")).hasSameSizeAs(first.getList("data.addSource.claims"));
        assertThat(count("source")).isEqualTo(before);
    }

    @Test
    void anArticleWithANumberLongerThanAQuantityIsAdded() throws Exception {
        String agreement = emptyAgreement("ingest-long-number");
        JsonPath added = add(Map.of("agreementId", agreement, "text", "Account 1234567890123456789 was frozen as some"
                + " 300 fighters withdrew from the corridor, officials said."));
        assertThat(added.getList("errors")).isNull();
        assertThat(added.getBoolean("data.addSource.created")).isTrue();
    }

    @Test
    void concurrentAddsOfOneTextCreateOneSource() throws Exception {
        String agreement = emptyAgreement("ingest-race");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                Map<String, Object> input = Map.of("agreementId", agreement,
                        "text", "Round " + round + ": the truce takes effect at midnight, officials said.");
                List<java.util.concurrent.Future<JsonPath>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(pool.submit(() -> add(input)));
                }
                List<JsonPath> answers = new java.util.ArrayList<>();
                for (var call : calls) {
                    answers.add(call.get());
                }
                assertThat(answers).allSatisfy(a -> assertThat(a.getList("errors")).isNull());
                assertThat(answers.stream().map(a -> a.getString("data.addSource.source.id")).distinct()).hasSize(1);
                assertThat(answers.stream().filter(a -> a.getBoolean("data.addSource.created"))).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyBadInputIsRejectedWithACodeAndWritesNothing() throws Exception {
        String agreement = emptyAgreement("ingest-bad");
        String text = "A short article about nothing in particular.";
        Map<String, Map<String, Object>> cases = new HashMap<>();
        cases.put("empty text", Map.of("agreementId", agreement, "text", ""));
        cases.put("whitespace text", Map.of("agreementId", agreement, "text", " \n\t "));
        cases.put("oversized text", Map.of("agreementId", agreement, "text", "x".repeat(200 * 1024 + 1)));
        cases.put("control character", Map.of("agreementId", agreement, "text", "bad \u0001 byte"));
        cases.put("NUL", Map.of("agreementId", agreement, "text", "bad \u0000 byte"));
        cases.put("malformed url", Map.of("agreementId", agreement, "text", text, "url", "not a url"));
        cases.put("relative url", Map.of("agreementId", agreement, "text", text, "url", "/news/1"));
        cases.put("ftp url", Map.of("agreementId", agreement, "text", text, "url", "ftp://example.org/a"));
        cases.put("malformed date", Map.of("agreementId", agreement, "text", text, "publishedOn", "5 March 2020"));
        cases.put("impossible date", Map.of("agreementId", agreement, "text", text, "publishedOn", "2020-02-30"));
        cases.put("malformed language", Map.of("agreementId", agreement, "text", text, "language", "english!"));
        cases.put("malformed agreement id", Map.of("agreementId", "nope", "text", text));
        cases.put("source id as agreement", Map.of("agreementId", GlobalId.of(NodeType.Source, 1), "text", text));
        long sources = count("source");
        long claims = count("claim");
        for (var entry : cases.entrySet()) {
            JsonPath json = add(entry.getValue());
            assertThat(json.getString("errors[0].extensions.code")).as(entry.getKey()).isEqualTo("BAD_USER_INPUT");
            assertThat(json.getString("errors[0].message")).as(entry.getKey()).doesNotContain("Exception");
        }
        JsonPath surrogate = GraphQl.postRaw(ADD,
                "{\"input\": {\"agreementId\": \"" + agreement + "\", \"text\": \"bad \\ud800 half\"}}")
                .statusCode(200).extract().jsonPath();
        assertThat(surrogate.getString("errors[0].extensions.code")).as("lone surrogate").isEqualTo("BAD_USER_INPUT");
        JsonPath missing = add(Map.of("agreementId", GlobalId.of(NodeType.Agreement, 999_999), "text", text));
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("claim")).isEqualTo(claims);
    }

    @Test
    void textsDifferingOnlyInNormalFormBomOrTrailingWhiteSpaceAreOneSourceKeptAsFirstSent() throws Exception {
        String agreement = emptyAgreement("ingest-unicode-dedup");
        String nfc = "Caf\u00e9 talks: the ceasefire holds along the 12 km line, officials said.";
        JsonPath first = add(Map.of("agreementId", agreement, "text", nfc));
        assertThat(first.getBoolean("data.addSource.created")).isTrue();
        String id = first.getString("data.addSource.source.id");
        assertThat(first.getString("data.addSource.source.contentHash")).isEqualTo(ContentHash.of(nfc));
        long before = count("source");
        List<String> variants = List.of(
                "Cafe\u0301 talks: the ceasefire holds along the 12 km line, officials said.",
                "\ufeff" + nfc,
                nfc + "  \n\t",
                nfc + "\u00a0\u3000\r\n",
                "\ufeffCafe\u0301" + nfc.substring(4) + "\n");
        for (String variant : variants) {
            JsonPath again = add(Map.of("agreementId", agreement, "text", variant));
            assertThat(again.getList("errors")).as(variant).isNull();
            assertThat(again.getBoolean("data.addSource.created")).as(variant).isFalse();
            assertThat(again.getString("data.addSource.source.id")).as(variant).isEqualTo(id);
        }
        assertThat(count("source")).isEqualTo(before);
        assertThat(storedText(GlobalId.decode(id, NodeType.Source))).isEqualTo(nfc);

        for (String different : List.of(" " + nfc, nfc.replace("12 km", "12  km"), nfc.toLowerCase(java.util.Locale.ROOT),
                nfc.replace("12 km", "\uff11\uff12 km"), nfc + "\u200b")) {
            JsonPath other = add(Map.of("agreementId", agreement, "text", different));
            assertThat(other.getBoolean("data.addSource.created")).as(different).isTrue();
        }
    }

    @Test
    void textsWithNoVisibleCharacterAreRefusedAsEmptyAndWriteNothing() throws Exception {
        String agreement = emptyAgreement("ingest-invisible");
        long sources = count("source");
        for (String invisible : List.of("\u200b", "\ufeff", "\u200c\u200d\u2060", "\u0301\u0308", "\u20dd",
                " \u00a0\u3000\n", "\ufeff \u200b\u0301\t")) {
            JsonPath json = add(Map.of("agreementId", agreement, "text", invisible));
            assertThat(json.getString("errors[0].extensions.code")).as(invisible).isEqualTo("BAD_USER_INPUT");
            assertThat(json.getString("errors[0].message")).as(invisible).contains("text must not be empty");
        }
        assertThat(count("source")).isEqualTo(sources);
        JsonPath visible = add(Map.of("agreementId", agreement, "text", "\u200b\u0301x"));
        assertThat(visible.getBoolean("data.addSource.created")).isTrue();
    }

    private static String storedText(long id) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select text from source where id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theFiveSeedTextsAddedAfreshGiveTheCuratedVerdictsOnClauseFacets() throws Exception {
        String fresh = emptyAgreement("ingest-fresh");
        for (String file : List.of(SeedArticles.S000, SeedArticles.S001, SeedArticles.S002, SeedArticles.S003, SeedArticles.S004)) {
            Map<String, Object> input = new HashMap<>(Map.of("agreementId", fresh, "text", SeedArticles.text(file)));
            if (file.equals(SeedArticles.S000)) {
                input.put("publishedOn", "2020-03-06");
            }
            assertThat(add(input).getList("errors")).as(file).isNull();
        }
        String seed = GraphQl.seedAgreementId();
        String query = Documents.load("source/AddSourceTest/ClauseVerdicts");
        List<Map<String, Object>> curated = GraphQl.post(query, Map.of("id", seed, "s", false)).extract().jsonPath()
                .getList("data.comparison.rows");
        List<Map<String, Object>> suggested = GraphQl.post(query, Map.of("id", fresh, "s", true)).extract().jsonPath()
                .getList("data.comparison.rows");
        assertThat(suggested).hasSameSizeAs(curated);
        int compared = 0;
        for (int i = 0; i < curated.size(); i++) {
            Map<?, ?> facet = (Map<?, ?>) curated.get(i).get("facet");
            if (facet.get("clause") == null) {
                continue;
            }
            assertThat(((Map<?, ?>) suggested.get(i).get("facet")).get("key")).isEqualTo(facet.get("key"));
            assertThat(verdicts(suggested.get(i))).as("verdicts on %s", facet.get("key")).isEqualTo(verdicts(curated.get(i)));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anArticlesSuggestedClaimsAndTheirHistoryAreWrittenInAFewStatements() throws Exception {
        String agreement = emptyAgreement("ingest-statements");
        StatementCounter.reset();
        JsonPath added = add(Map.of("agreementId", agreement, "text", SeedArticles.text(SeedArticles.S002)));
        long statements = StatementCounter.countSent();
        assertThat(added.getList("errors")).isNull();
        List<String> ids = added.getList("data.addSource.claims.status");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10);
        // 9 for the source, its claims and their history, 3 for lineage (the agreement's signatures, the texts of
        // sources stored without one, the new signature): constant, whatever the number of claims or sources.
        assertThat(statements).as(StatementCounter.describe()).isLessThanOrEqualTo(12);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), count(distinct e.claim_id),"
                        + " bool_and(e.action = 'SUGGESTED' and e.before is null and e.after::jsonb ->> 'status' = 'SUGGESTED')"
                        + " from claim_event e join claim cl on cl.id = e.claim_id join source so on so.id = cl.source_id"
                        + " join agreement a on a.id = so.agreement_id where a.slug = 'ingest-statements'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("one event per claim").isEqualTo(ids.size());
            assertThat(rs.getLong(2)).isEqualTo(ids.size());
            assertThat(rs.getBoolean(3)).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> verdicts(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("cells")).stream().map(c -> c.get("verdict")).toList();
    }

    private static long count(String table) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
