package dev.parallax.extract;

import dev.parallax.seed.SeedCorpus;
import java.util.ArrayList;
import java.util.List;

/** What a facet says about itself, as one text to compare a sentence with: label, description, names, clause text. */
enum FacetText {

    /** Label, description and names. */
    OWN_WORDS,
    /** Label, description, names and the text of the facet's clause. */
    WITH_CLAUSE;

    String of(SeedCorpus.AgreementSeed agreement, SeedCorpus.FacetSeed facet) {
        List<String> parts = new ArrayList<>();
        parts.add(facet.label());
        if (facet.description() != null) {
            parts.add(facet.description());
        }
        for (SeedCorpus.NameSeed n : facet.names()) {
            parts.add(n.canonical());
            if (n.aliases() != null) {
                parts.addAll(n.aliases());
            }
        }
        if (this == WITH_CLAUSE && facet.clause() != null) {
            agreement.clauses().stream().filter(c -> c.number().equals(facet.clause()))
                    .forEach(c -> parts.add(c.title() + ". " + c.text()));
        }
        return String.join(". ", parts);
    }
}
