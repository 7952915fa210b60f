package dev.parallax.limit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plain HTTP downloads under /exports: media types, file names and security headers; the same client budget as
 * /graphql (charged what comparisonExport costs), 429 when it is spent; coded JSON errors for an unknown agreement,
 * a malformed ID and an unknown file. Small budgets (CostPerClientTest's profile); each test is its own client.
 */
@QuarkusTest
@TestProfile(CostPerClientTest.SmallBudgets.class)
class ExportDownloadTest {

    private static final String EXPORT = Documents.load("limit/ExportDownloadTest/Export");
    private static final String SOURCE_IDS = Documents.load("limit/ExportDownloadTest/SourceIds");

    private static RequestSpecification as(String subject) {
        return given().auth().oauth2(Tokens.valid(subject));
    }

    private static String path(String agreementId, String file) {
        return "/exports/agreements/" + agreementId + "/" + file;
    }

    private static List<String> sourceIds(String agreementId) {
        return GraphQl.post(SOURCE_IDS, Map.of("id", agreementId)).extract().jsonPath().getList("data.sources.nodes.id");
    }

    @Test
    void eachFormatDownloadsWithItsMediaTypeAndFileName() {
        String id = GraphQl.seedAgreementId();
        String sources = String.join(",", sourceIds(id).subList(0, 2));
        Map<String, String> types = Map.of(
                "comparison.csv", "text/csv; charset=utf-8; header=present",
                "comparison.json", "application/json; charset=utf-8",
                "comparison.claimreview.jsonld", "application/ld+json; charset=utf-8",
                "comparison.annotations.jsonld", "application/ld+json; charset=utf-8");
        types.forEach((file, type) -> {
            Response answer = as("export-formats").queryParam("sourceIds", sources).queryParam("facetKeys", "corridor-depth-south")
                    .when().get(path(id, file));
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(type);
            assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"idlib-2020-" + file + "\"");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(answer.header("X-RateLimit-Resource")).isEqualTo("graphql");
            assertThat(answer.asString()).isNotBlank();
        });
        String csv = as("export-formats").queryParam("sourceIds", sources).queryParam("facetKeys", "corridor-depth-south")
                .when().get(path(id, "comparison.csv")).asString();
        assertThat(csv.split("\r\n")).as("a header and one row per source").hasSize(3);
    }

    @Test
    void aDownloadCostsWhatTheSameExportCostsOverGraphQl() {
        String id = GraphQl.seedAgreementId();
        List<String> sources = sourceIds(id).subList(0, 3);
        Response download = as("export-cost-http").queryParam("sourceIds", sources.get(0))
                .queryParam("sourceIds", sources.get(1) + "," + sources.get(2)).when().get(path(id, "comparison.csv"));
        assertThat(download.statusCode()).isEqualTo(200);
        Response query = as("export-cost-graphql").contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", EXPORT, "variables", Map.of("id", id, "sourceIds", sources))).when().post("/graphql");
        assertThat(query.jsonPath().getString("data.comparisonExport.fileName")).isEqualTo("idlib-2020-comparison.csv");
        assertThat(download.header("X-RateLimit-Cost")).isEqualTo(query.header("X-RateLimit-Cost"));
        assertThat(Integer.parseInt(download.header("X-RateLimit-Cost"))).isGreaterThan(20);
    }

    @Test
    void aSpentBudgetAnswers429AndAnExportOverTheWholeBudgetIsRefused() {
        String id = GraphQl.seedAgreementId();
        Response first = as("export-budget").when().get(path(id, "comparison.json"));
        assertThat(first.statusCode()).isEqualTo(200);
        int cost = Integer.parseInt(first.header("X-RateLimit-Cost"));
        assertThat(cost).as("two whole exports pass the token budget").isGreaterThan(CostPerClientTest.TOKEN_BUDGET / 2);
        Response second = as("export-budget").when().get(path(id, "comparison.json"));
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.contentType()).startsWith("application/json");
        assertThat(second.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(second.header("Retry-After")).isNotNull();
        assertThat(second.header("Content-Disposition")).isNull();

        Response anonymous = given().header("X-Forwarded-For", "198.51.100.77").when().get(path(id, "comparison.csv"));
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.jsonPath().getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_EXPENSIVE");
    }

    @Test
    void unknownAgreementsMalformedIdsAndUnknownFilesAreCodedErrors() {
        // Each refused request below was charged (the cost is known before it runs): a client of its own each.
        Response unknown = as("export-errors-1").when().get(path(GlobalId.of(NodeType.Agreement, 987654321), "comparison.csv"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        assertThat(unknown.jsonPath().getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");

        Response malformed = as("export-errors-2").when().get(path("not-an-id", "comparison.csv"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");

        Response format = as("export-errors-3").when().get(path(GraphQl.seedAgreementId(), "comparison.xlsx"));
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(format.jsonPath().getString("errors[0].message")).contains("comparison.csv");

        Response facet = as("export-errors-4").queryParam("facetKeys", "no-such-point")
                .when().get(path(GraphQl.seedAgreementId(), "comparison.csv"));
        assertThat(facet.statusCode()).isEqualTo(400);
        assertThat(facet.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");

        Response post = as("export-errors-5").when().post(path(GraphQl.seedAgreementId(), "comparison.csv"));
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
