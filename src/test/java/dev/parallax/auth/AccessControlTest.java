package dev.parallax.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads are public, writes need a role, and the history names whoever acted (the token's subject). */
@QuarkusTest
class AccessControlTest {

    static final String ADD_SOURCE = Documents.load("auth/AccessControlTest/AddSource");

    @Test
    void readsArePublicEvenWithABrokenToken() {
        String slugs = Documents.load("auth/AccessControlTest/AgreementSlugs");
        JsonPath anonymous = GraphQl.anonymous(slugs, Map.of()).statusCode(200).extract().jsonPath();
        JsonPath broken = GraphQl.as("not-a-token", slugs, Map.of()).statusCode(200).extract().jsonPath();
        JsonPath expired = GraphQl.as(Tokens.expired("old", "editor"), slugs, Map.of())
                .statusCode(200).extract().jsonPath();
        assertThat(anonymous.getList("data.agreements.slug")).contains("idlib-2020");
        assertThat(broken.getList("data.agreements.slug")).isEqualTo(anonymous.getList("data.agreements.slug"));
        assertThat(expired.getList("errors")).isNull();
    }

    @Test
    void reviewsRecordTheTokensSubject() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("access-actor", 0));
        String alice = Tokens.valid("alice", "editor");
        JsonPath added = GraphQl.as(alice, ADD_SOURCE, Map.of("input", Map.of("agreementId", agreement,
                "text", SeedArticles.text(SeedArticles.S003)))).extract().jsonPath();
        assertThat(added.getList("errors")).isNull();
        String claim = added.getString("data.addSource.claims.find { it.status == 'SUGGESTED' }.id");

        JsonPath rejected = GraphQl.as(Tokens.valid("bob", "admin"), Documents.load("auth/AccessControlTest/RejectClaim"),
                Map.of("id", claim)).extract().jsonPath();
        assertThat(rejected.getList("errors")).isNull();
        assertThat(rejected.getList("data.rejectClaim.claim.history.actor")).endsWith("bob");
        assertThat(rejected.getList("data.rejectClaim.claim.history.action")).endsWith("REJECTED");
    }

    @Test
    void anEditorCannotImportAgreementsButAnAdminCan() {
        String yaml = "slug: access-import\ntitle: Access import test\nsignedOn: 2020-01-01\nparties: [A, B]\n"
                + "clauses:\n  - ordinal: 1\n    text: The parties agree.\n    facets:\n      - key: agreed\n"
                + "        kind: ASSERTION\n        label: Agreed\n        expected: {kind: ASSERTION, assertion: true}\n";
        String mutation = Documents.load("auth/AccessControlTest/ImportAgreement");
        JsonPath asEditor = GraphQl.as(Tokens.valid("ed", "editor"), mutation, Map.of("i", Map.of("agreementYaml", yaml)))
                .extract().jsonPath();
        assertThat(asEditor.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath asAdmin = GraphQl.as(Tokens.valid("ad", "admin"), mutation, Map.of("i", Map.of("agreementYaml", yaml)))
                .extract().jsonPath();
        assertThat(asAdmin.getString("errors[0].message")).as("the admin gets past the role check to validation")
                .isNotEqualTo(asEditor.getString("errors[0].message"));
        assertThat(asAdmin.getString("errors[0].extensions.code")).isNotIn("FORBIDDEN", "UNAUTHENTICATED");
    }
}
