package dev.parallax.seed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.parallax.value.NameEntry;
import java.util.List;
import java.util.Map;

/**
 * The parsed contents of one agreement's seed folder (format: seeds/README.md), with where each field stands in its
 * file (not part of the corpus's fingerprint).
 */
public record SeedCorpus(AgreementSeed agreement, List<ClaimSeed> claims, Map<String, String> texts,
        @JsonIgnore SeedLocations locations) {

    public SeedCorpus {
        locations = locations == null ? SeedLocations.NONE : locations;
    }

    public SeedCorpus(AgreementSeed agreement, List<ClaimSeed> claims, Map<String, String> texts) {
        this(agreement, claims, texts, SeedLocations.NONE);
    }

    /** agreement.yaml */
    public record AgreementSeed(String slug, String title, List<String> parties, String place, String signedOn,
            String timeZone,
            List<ClauseSeed> clauses, List<FacetSeed> facets, List<SourceSeed> sources) {

        public AgreementSeed {
            parties = parties == null ? List.of() : parties;
            sources = sources == null ? List.of() : sources;
        }
    }

    /** One clause of agreement.yaml. */
    public record ClauseSeed(String number, String title, String text) {
    }

    /** One facet of agreement.yaml. */
    public record FacetSeed(String key, String label, String kind, String clause, String description,
            Map<String, Object> expected, List<String> sumOf, List<NameSeed> names, Map<String, Object> extract) {

        public FacetSeed {
            sumOf = sumOf == null ? List.of() : sumOf;
            names = names == null ? List.of() : names;
            extract = extract == null ? Map.of() : extract;
        }

        /** The names as the engine and the facet table take them. */
        public List<NameEntry> nameEntries() {
            return names.stream().map(n -> new NameEntry(n.canonical(), n.aliases())).toList();
        }
    }

    /** A canonical name with its aliases. */
    public record NameSeed(String canonical, List<String> aliases) {
    }

    /** One source's metadata in agreement.yaml; the text is in articles/{file}. */
    public record SourceSeed(String file, String title, String outlet, String url, String publishedOn,
            String language) {
    }

    /** claims.yaml */
    public record ClaimsFile(List<ClaimSeed> claims) {

        public ClaimsFile {
            claims = claims == null ? List.of() : claims;
        }
    }

    /** One curated claim. */
    public record ClaimSeed(String source, String facet, QuoteSeed quote, Map<String, Object> value,
            String attributedTo) {
    }

    /** A quote with its UTF-16 offsets, end exclusive. */
    public record QuoteSeed(String exact, int start, int end) {
    }

    /** seeds/index.yaml */
    public record Index(List<String> agreements) {
    }
}
