package dev.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A facet's names, aliases, description and extraction hints are readable through the API, as imported. */
@QuarkusTest
class FacetWordingsTest {

    private static final String FACETS = Documents.load("agreement/FacetWordingsTest/Facets");

    @Test
    void aFacetShowsItsNamesAliasesAndHintsAsImported() {
        JsonPath json = GraphQl.anonymous(FACETS, Map.of("id", GraphQl.seedAgreementId())).statusCode(200).extract().jsonPath();
        assertThat(json.getList("errors")).isNull();
        String line = "data.agreement.facets.find { it.key == 'ceasefire-line' }";
        assertThat(json.getString(line + ".description")).contains("line of contact");
        assertThat(json.getList(line + ".names.canonical")).containsExactly("line of contact");
        assertThat(json.getList(line + ".names[0].aliases", String.class)).contains("front line", "battle lines");
        assertThat(json.getList(line + ".extractionHints.key")).containsExactly("cues");
        assertThat(json.getList(line + ".extractionHints[0].values", String.class)).containsExactly("cease-?fire", "truce");
        String south = "data.agreement.facets.find { it.key == 'corridor-depth-south' }";
        assertThat(json.getList(south + ".names")).isEmpty();
        assertThat(json.getList(south + ".extractionHints.find { it.key == 'follow' }.values", String.class))
                .contains("to the south");
        List<Object> hints = json.getList("data.agreement.facets.extractionHints.flatten()");
        assertThat(hints).isNotEmpty();
    }
}
