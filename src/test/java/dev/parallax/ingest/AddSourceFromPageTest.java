package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.page.SavedPages;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code addSource} from a page: by URL (fetched from a local server the test starts) or by HTML, its metadata,
 * redirects, and every refusal with its code, writing nothing.
 */
@QuarkusTest
class AddSourceFromPageTest {

    static final String ADD = Documents.load("ingest/AddSourceFromPageTest/AddSource");

    static PageServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new PageServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static JsonPath add(Map<String, Object> input) {
        return GraphQl.post(ADD, Map.of("input", input)).statusCode(200).extract().jsonPath();
    }

    static String agreement(String slug) throws Exception {
        return GlobalId.of(NodeType.Agreement, BulkCorpus.ensure(slug, 0));
    }

    @Test
    void aUrlAloneIsFetchedReadAndItsMetadataKept() throws Exception {
        String url = server.url("/page/harbour-herald");
        JsonPath added = add(Map.of("agreementId", agreement("page-by-url"), "url", url));
        assertThat(added.getList("errors")).isNull();
        assertThat(added.getBoolean("data.addSource.created")).isTrue();
        Map<String, Object> source = added.getMap("data.addSource.source");
        assertThat(source.get("title")).isEqualTo("Russia and Turkey agree Idlib ceasefire after Moscow talks");
        assertThat(source.get("outlet")).isEqualTo("Harbour Herald");
        assertThat(source.get("author")).isEqualTo("Jane Whitlock");
        assertThat(source.get("publishedOn")).isEqualTo("2020-03-05");
        assertThat(source.get("language")).isEqualTo("en-GB");
        assertThat(source.get("url")).isEqualTo(url);
        assertThat(source.get("fetchedFrom")).isEqualTo(url);
        assertThat(source.get("retrievedAt")).isNotNull();
        assertThat(source.get("rawHtml")).isEqualTo(SavedPages.html("harbour-herald"));
        String text = (String) source.get("text");
        assertThat(text).startsWith("Russia and Turkey have agreed a ceasefire").doesNotContain("cookies")
                .doesNotContain("Share on Facebook");
        List<Map<String, Object>> claims = added.getList("data.addSource.claims");
        assertThat(claims).isNotEmpty();
        assertThat(claims).allSatisfy(c -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) c.get("quote");
            assertThat(text.substring((int) q.get("start"), (int) q.get("end"))).isEqualTo(q.get("exact"));
        });

        JsonPath again = add(Map.of("agreementId", agreement("page-by-url"), "url", url));
        assertThat(again.getBoolean("data.addSource.created")).isFalse();
        assertThat(again.getString("data.addSource.source.id")).isEqualTo(added.getString("data.addSource.source.id"));
    }

    @Test
    void htmlSentByTheClientIsReadAndItsGivenFieldsWin() throws Exception {
        Map<String, Object> input = new HashMap<>();
        input.put("agreementId", agreement("page-by-html"));
        input.put("html", SavedPages.html("meridian-wire"));
        input.put("url", "https://meridianwire.example/world/idlib-truce");
        input.put("title", "Given title");
        input.put("author", "Given Author");
        input.put("publishedOn", "2020-03-05");
        JsonPath added = add(input);
        assertThat(added.getList("errors")).isNull();
        Map<String, Object> source = added.getMap("data.addSource.source");
        assertThat(source.get("title")).isEqualTo("Given title");
        assertThat(source.get("author")).isEqualTo("Given Author");
        assertThat(source.get("publishedOn")).isEqualTo("2020-03-05");
        assertThat(source.get("outlet")).isEqualTo("Meridian Wire");
        assertThat(source.get("language")).isEqualTo("en");
        assertThat(source.get("url")).isEqualTo("https://meridianwire.example/world/idlib-truce");
        assertThat(source.get("fetchedFrom")).isNull();
        assertThat(source.get("retrievedAt")).isNull();
        assertThat((String) source.get("text")).contains("joint patrols along the M4 from March 15")
                .doesNotContain("Trade global markets");
        assertThat(added.getList("data.addSource.claims")).isNotEmpty();
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        JsonPath followed = add(Map.of("agreementId", agreement("page-redirects"), "url", server.url("/redirect/4")));
        assertThat(followed.getList("errors")).isNull();
        assertThat(followed.getString("data.addSource.source.fetchedFrom")).isEqualTo(server.url("/page/meridian-wire"));
        assertThat(followed.getString("data.addSource.source.url")).isEqualTo(server.url("/redirect/4"));
    }

    @Test
    void theCharsetOfAMetaTagAndPlainTextAreRead() throws Exception {
        JsonPath latin = add(Map.of("agreementId", agreement("page-charset"), "url", server.url("/windows-1252")));
        assertThat(latin.getList("errors")).isNull();
        assertThat(latin.getString("data.addSource.source.text")).contains("entre en vigueur à minuit");
        assertThat(latin.getString("data.addSource.source.title")).isEqualTo("Trêve");
        assertThat(latin.getString("data.addSource.source.language")).isEqualTo("fr");

        JsonPath plain = add(Map.of("agreementId", agreement("page-charset"), "url", server.url("/plain")));
        assertThat(plain.getList("errors")).isNull();
        assertThat(plain.getString("data.addSource.source.text")).startsWith("Turkey and Russia agreed a ceasefire");

        JsonPath agent = add(Map.of("agreementId", agreement("page-charset"), "url", server.url("/agent")));
        assertThat(agent.getString("data.addSource.source.text")).contains("user agent Parallax/");
    }

    @Test
    void everyRefusalHasItsCodeAndWritesNothing() throws Exception {
        String agreement = agreement("page-refusals");
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("FETCH_REFUSED file", Map.of("url", "file:///etc/passwd"));
        cases.put("FETCH_REFUSED ftp", Map.of("url", "ftp://example.org/article"));
        cases.put("FETCH_REFUSED private", Map.of("url", "http://10.0.0.1/news"));
        cases.put("FETCH_REFUSED metadata", Map.of("url", "http://169.254.169.254/latest/meta-data/"));
        cases.put("FETCH_REFUSED cgnat", Map.of("url", "http://100.64.0.1/"));
        cases.put("FETCH_REFUSED redirect to private", Map.of("url", server.url("/to-private")));
        cases.put("FETCH_REFUSED redirect to metadata", Map.of("url", server.url("/to-metadata")));
        cases.put("FETCH_REFUSED redirect to file", Map.of("url", server.url("/to-file")));
        cases.put("FETCH_FAILED too many redirects", Map.of("url", server.url("/redirect/6")));
        cases.put("FETCH_FAILED not found", Map.of("url", server.url("/missing")));
        cases.put("FETCH_TOO_LARGE stated", Map.of("url", server.url("/large")));
        cases.put("FETCH_TOO_LARGE streamed", Map.of("url", server.url("/large-chunked")));
        cases.put("FETCH_TIMEOUT", Map.of("url", server.url("/slow")));
        cases.put("UNSUPPORTED_CONTENT pdf", Map.of("url", server.url("/pdf")));
        cases.put("UNSUPPORTED_CONTENT no text", Map.of("url", server.url("/empty")));
        cases.put("BAD_USER_INPUT text and html", Map.of("text", "Some text about the ceasefire.", "html", "<p>x</p>"));
        cases.put("BAD_USER_INPUT nothing", Map.of("title", "Only a title"));
        cases.put("BAD_USER_INPUT html without text", Map.of("html", "<html><body><nav>Home</nav></body></html>"));
        cases.put("BAD_USER_INPUT malformed url alone", Map.of("url", "http://exa mple.org/"));
        cases.put("BAD_USER_INPUT html with ftp url", Map.of("html", SavedPages.html("levant-post"), "url", "ftp://example.org/a"));
        long sources = count("source");
        long pages = count("source_page");
        long claims = count("claim");
        for (var entry : cases.entrySet()) {
            Map<String, Object> input = new HashMap<>(entry.getValue());
            input.put("agreementId", agreement);
            JsonPath json = add(input);
            String expected = entry.getKey().split(" ")[0];
            assertThat(json.getString("errors[0].extensions.code")).as(entry.getKey() + ": " + json.prettify()).isEqualTo(expected);
            assertThat(json.getString("errors[0].message")).as(entry.getKey()).doesNotContain("Exception");
        }
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("source_page")).isEqualTo(pages);
        assertThat(count("claim")).isEqualTo(claims);
    }

    private static long count(String table) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
