package dev.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code suggestFacets}: a facet proposed for each checkable value in the seed agreement's clauses, nothing stored. */
@QuarkusTest
class SuggestFacetsTest {

    private static final String SUGGEST = Documents.load("agreement/SuggestFacetsTest/SuggestFacets");

    @Test
    void eachCheckableValueOfAClauseIsProposedWithItsKindValueAndPlace() {
        JsonPath answer = GraphQl.post(SUGGEST, Map.of("id", GraphQl.seedAgreementId())).statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).isNull();
        List<Map<String, Object>> proposals = answer.getList("data.suggestFacets");
        assertThat(proposals).allSatisfy(p -> {
            String text = (String) ((Map<?, ?>) p.get("clause")).get("text");
            assertThat(text.substring((int) p.get("start"), (int) p.get("end"))).isEqualTo(p.get("exact"));
            assertThat((String) p.get("label")).endsWith((String) p.get("exact"));
        });
        List<String> corridor = proposals.stream().filter(p -> ((Map<?, ?>) p.get("clause")).get("number").equals("2"))
                .map(p -> p.get("kind") + " " + ((Map<?, ?>) p.get("expected")).get("display")).toList();
        assertThat(corridor).contains("LENGTH 6 km").anySatisfy(p -> assertThat(p).startsWith("DURATION"));
        assertThat(proposals).filteredOn(p -> "6 km".equals(((Map<?, ?>) p.get("expected")).get("display")))
                .hasSize(2).extracting(p -> p.get("coveredBy")).as("the existing facets that already state 6 km")
                .containsOnly(List.of("corridor-depth-north", "corridor-depth-south"));
        assertThat(proposals).anySatisfy(p -> {
            assertThat(p.get("kind")).isEqualTo("INSTANT");
            assertThat(p.get("exact").toString()).contains("00:01");
        });
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        JsonPath answer = GraphQl.post(SUGGEST, Map.of("id", GlobalId.of(NodeType.Agreement, 987654321)))
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }
}
