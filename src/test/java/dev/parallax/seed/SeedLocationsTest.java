package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Locations are indexed only when a refusal asks, and then name the field's line and column as before. */
class SeedLocationsTest {

    private static final SeedLocations.Files FILES = new SeedLocations.Files("a/agreement.yaml", "a/claims.yaml");

    @Test
    void aFieldIsNamedByFileLineAndColumnWhenFirstAsked() {
        SeedLocations at = SeedLocations.of(FILES, "slug: x\nfacets:\n  - key: one\n  - key: two\n    unit: km\n",
                "claims:\n  - facet: two\n");
        assertThat(at.agreement("facets[1].unit")).isEqualTo("a/agreement.yaml:5:11: facets[1].unit");
        assertThat(at.agreement("facets[1].missing")).isEqualTo("a/agreement.yaml:4:5: facets[1].missing");
        assertThat(at.claims("claims[0].facet")).isEqualTo("a/claims.yaml:2:12: claims[0].facet");
    }

    @Test
    void aTextThatDoesNotComposeOrIsMissingNamesTheFileAlone() {
        SeedLocations at = SeedLocations.of(FILES, "facets: [unclosed", null);
        assertThat(at.agreement("facets[0].key")).isEqualTo("a/agreement.yaml: facets[0].key");
        assertThat(at.claims("claims[0]")).isEqualTo("a/claims.yaml: claims[0]");
        assertThat(SeedLocations.NONE.agreement("slug")).isEqualTo("agreement.yaml: slug");
    }
}
