package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.parallax.agreement.AgreementService;
import dev.parallax.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every refused import names file:line:column and the field path, never a Java type, and writes nothing: the
 * refusals the validator had let through (a clause point without a value, a name not among the facet's names, a unit
 * its kind lacks, a pattern matching empty text, no facets) and what the YAML reader itself turns down.
 */
class ImportRefusalsTest {

    private final SeedWriter writer = mock(SeedWriter.class);
    private final AgreementService agreements = mock(AgreementService.class);
    private final AgreementImportService imports = new AgreementImportService(writer, agreements);

    private static String yaml() throws IOException {
        try (InputStream in = ImportRefusalsTest.class.getResourceAsStream("/agreements/minsk-2015/agreement.yaml")) {
            // no sources: the refusals below are about the agreement itself
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf("sources:"));
        }
    }

    private String refusal(String agreementYaml) {
        Throwable thrown = catchThrowable(() -> imports.importAgreement(agreementYaml, null, List.of()));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(writer, agreements);
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("java.", "Exception", "class ", "dev.parallax", "`");
        return message;
    }

    private static int lineOf(String yaml, String text) {
        return (int) yaml.substring(0, yaml.indexOf(text)).lines().count() + (yaml.substring(0, yaml.indexOf(text)).endsWith("\n") ? 1 : 0);
    }

    @Test
    void aClausePointWithNeitherAnExpectedValueNorADerivationIsRefused() throws IOException {
        String yaml = yaml().replace("    expected: {kind: LENGTH, amount: \"70\", unit: km}\n", "");
        assertThat(refusal(yaml)).matches("agreementYaml:" + lineOf(yaml, "  - key: zone-rockets") + ":5: facets\\[2\\]: "
                + "facet zone-rockets is a point of clause 2 with neither an expected value nor sumOf");
    }

    @Test
    void anExpectedNameNotAmongTheFacetsOwnNamesIsRefused() throws IOException {
        String yaml = yaml().replace("expected: {kind: ACTOR, name: OSCE}", "expected: {kind: ACTOR, name: NATO}");
        assertThat(refusal(yaml)).startsWith("agreementYaml:" + lineOf(yaml, "name: NATO") + ":15: facets[4].expected: "
                + "expected name \"NATO\" is not among the facet's own names");
    }

    @Test
    void aUnitTheFacetsKindDoesNotHaveIsRefused() throws IOException {
        String yaml = yaml().replace("    expected: {kind: LENGTH, amount: \"70\", unit: km}\n",
                "    expected: {kind: LENGTH, amount: \"70\", unit: km}\n    extract: {units: [km, kilometres]}\n");
        assertThat(refusal(yaml)).isEqualTo("agreementYaml:" + lineOf(yaml, "extract: {units") + ":22:"
                + " facets[2].extract.units: facet zone-rockets names unit 'kilometres'; a LENGTH takes [km, m, mi]");
        String onCount = yaml().replace("    kind: COUNT\n", "    kind: COUNT\n    extract: {units: [km]}\n");
        assertThat(refusal(onCount)).contains("facets[5].extract.units: facet people-killed is a COUNT, which has no units");
    }

    @Test
    void aPatternThatMatchesEmptyTextIsRefused() throws IOException {
        String yaml = yaml().replace("    kind: COUNT\n", "    kind: COUNT\n    extract:\n      cues: [killed, \"(dead)?\"]\n");
        assertThat(refusal(yaml)).isEqualTo("agreementYaml:" + lineOf(yaml, "      cues:") + ":13:"
                + " facets[5].extract.cues: facet people-killed has a pattern '(dead)?' that matches empty text");
    }

    @Test
    void anAgreementWithoutFacetsIsRefused() throws IOException {
        String yaml = yaml();
        String noFacets = yaml.substring(0, yaml.indexOf("facets:")) + "facets: []\n";
        assertThat(refusal(noFacets)).isEqualTo("agreementYaml:" + lineOf(noFacets, "facets: []") + ":9: facets:"
                + " an agreement needs at least one facet");
    }

    @Test
    void readerProblemsNameTheLocationAndPathInTheFormatsWords() throws IOException {
        String unknownField = yaml().replace("    label: Who monitors\n", "    lable: Who monitors\n");
        assertThat(refusal(unknownField)).startsWith("agreementYaml:" + lineOf(unknownField, "lable:") + ":")
                .contains(": facets[4].lable: unknown field; expected one of [clause, description, expected, extract,");
        String wrongShape = yaml().replace("    names:\n      - {canonical: OSCE", "    names: OSCE\n    x:\n      - {canonical: OSCE");
        assertThat(refusal(wrongShape)).contains(": facets[4].names: expected a list").startsWith("agreementYaml:");
        assertThat(refusal("slug: a\ntitle: b: c\n")).isEqualTo("agreementYaml:2:9: malformed YAML: mapping values are not allowed here");
        assertThat(refusal("slug: [unclosed")).matches("agreementYaml:\\d+:\\d+: slug: expected a text \\(a scalar\\)");
        String badKind = yaml().replace("kind: LENGTH\n    clause: \"2\"", "kind: WEIGHT\n    clause: \"2\"");
        assertThat(refusal(badKind)).startsWith("agreementYaml:" + lineOf(badKind, "kind: WEIGHT") + ":11: facets[1].kind:"
                + " unknown kind WEIGHT");
    }
}
