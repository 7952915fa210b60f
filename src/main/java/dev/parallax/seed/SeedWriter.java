package dev.parallax.seed;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.AgreementRepository;
import dev.parallax.agreement.Clause;
import dev.parallax.agreement.ClauseRepository;
import dev.parallax.agreement.Facet;
import dev.parallax.agreement.FacetRepository;
import dev.parallax.changes.Change;
import dev.parallax.changes.ChangeKind;
import dev.parallax.changes.ChangeRepository;
import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimRepository;
import dev.parallax.claim.ClaimStatus;
import dev.parallax.claim.QuoteContext;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.ingest.SuggestionRefresh;
import dev.parallax.source.DedupKey;
import dev.parallax.source.Source;
import dev.parallax.source.SourceRepository;
import dev.parallax.value.ValueCodec;
import dev.parallax.value.ValueKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a validated seed corpus in one transaction: an agreement that exists (by slug) is updated to the file
 * (clauses and facets by number and key; every claim kept), sources and claims are inserted when not there yet
 * (by source content hash, claim source+facet+offsets), so loading the same corpus again changes nothing. Writers of one agreement take turns (an advisory lock on its slug), so
 * replicas starting at once on a fresh database import it once and both start.
 */
@ApplicationScoped
public class SeedWriter {

    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final FacetRepository facets;
    private final SourceRepository sources;
    private final ClaimRepository claims;
    private final ChangeRepository changes;
    private final AgreementHistoryRepository history;
    private final SuggestionRefresh suggestions;

    public SeedWriter(AgreementRepository agreements, ClauseRepository clauses, FacetRepository facets,
            SourceRepository sources, ClaimRepository claims, ChangeRepository changes,
            AgreementHistoryRepository history, SuggestionRefresh suggestions) {
        this.changes = changes;
        this.history = history;
        this.suggestions = suggestions;
        this.agreements = agreements;
        this.clauses = clauses;
        this.facets = facets;
        this.sources = sources;
        this.claims = claims;
    }

    /** Who the seed loader's changes are recorded as. */
    public static final String SEED_LOADER = "seed-loader";

    /** Writes what is missing; returns how many claims were inserted. Waits for another writer of the agreement no longer than a statement may run. */
    @WithTransaction
    public Uni<Integer> write(SeedCorpus corpus) {
        return write(corpus, null, SEED_LOADER);
    }

    /** Writes what is missing, waiting up to {@code lockWait} for another writer of the same agreement. */
    @WithTransaction
    public Uni<Integer> write(SeedCorpus corpus, Duration lockWait) {
        return write(corpus, lockWait, SEED_LOADER);
    }

    /**
     * Creates the agreement, or updates the stored one to the file (agreement fields, clauses, facets); adds missing
     * sources and claims; re-runs the suggestions when facets changed; records what changed as {@code actor}.
     * Refused (InvalidInputException, nothing written) when a facet that has claims would be removed or change kind.
     */
    @WithTransaction
    public Uni<Integer> write(SeedCorpus corpus, Duration lockWait, String actor) {
        SeedCorpus.AgreementSeed seed = corpus.agreement();
        AgreementChanges changed = new AgreementChanges();
        return agreements.lockSlugForTransaction(seed.slug(), lockWait)
                .chain(() -> agreements.findBySlug(seed.slug()))
                .chain(found -> found != null ? Uni.createFrom().item(changed.update(found, seed))
                        : agreements.persist(agreement(seed)).invoke(created -> changed.add("agreement created")))
                .chain(agreement -> writeClauses(agreement, seed, changed)
                        .chain(clauseByNumber -> writeFacets(agreement, seed, clauseByNumber, changed)
                                .call(facetByKey -> history.deleteUnusedClauses(agreement.id,
                                        seed.clauses().stream().map(SeedCorpus.ClauseSeed::number).toList())
                                        .invoke(gone -> {
                                            if (gone > 0) {
                                                changed.add(gone + " clause(s) no longer in the file: removed");
                                            }
                                        }))
                                .chain(facetByKey -> writeSources(agreement, corpus)
                                        .chain(sourceByFile -> writeClaims(corpus, facetByKey, sourceByFile))
                                        .call(added -> !changed.facetsChanged() ? Uni.createFrom().voidItem()
                                                : suggestions.refresh(agreement, List.copyOf(facetByKey.values()), actor)
                                                        .invoke(r -> {
                                                            if (r.sources() > 0) {
                                                                changed.add("suggestions re-run on " + r.sources() + " source(s): "
                                                                        + r.removed() + " replaced by " + r.added());
                                                            }
                                                        }).replaceWithVoid()))
                                .call(added -> changed.isEmpty() ? Uni.createFrom().voidItem()
                                        : history.record(agreement.id, actor, changed.summary()))
                                .call(added -> added == 0 && changed.isEmpty() ? Uni.createFrom().voidItem()
                                        : changes.announce(new Change(agreement.id, ChangeKind.AGREEMENT_IMPORTED, null, null)))));
    }

    private Uni<Map<String, Clause>> writeClauses(Agreement agreement, SeedCorpus.AgreementSeed seed,
            AgreementChanges changed) {
        return clauses.byAgreements(List.of(agreement.id)).chain(existing -> {
            Map<String, Clause> have = index(existing, c -> c.number);
            List<Clause> missing = new ArrayList<>();
            for (int i = 0; i < seed.clauses().size(); i++) {
                SeedCorpus.ClauseSeed c = seed.clauses().get(i);
                Clause stored = have.get(c.number());
                if (stored != null) {
                    changed.update(stored, c, i);
                } else {
                    Clause clause = new Clause();
                    clause.agreementId = agreement.id;
                    clause.number = c.number();
                    clause.title = c.title();
                    clause.text = c.text();
                    clause.position = i;
                    missing.add(clause);
                    if (!existing.isEmpty()) {
                        changed.add("clause " + c.number() + ": added");
                    }
                }
            }
            return persistAll(missing).map(added -> index(concat(existing, added), c -> c.number));
        });
    }

    private Uni<Map<String, Facet>> writeFacets(Agreement agreement, SeedCorpus.AgreementSeed seed,
            Map<String, Clause> clauseByNumber, AgreementChanges changed) {
        return facets.byAgreements(List.of(agreement.id)).chain(existing -> history.claimCounts(existing.stream().map(f -> f.id).toList())
                .chain(counts -> {
            Map<Long, Long> claimsOf = new java.util.HashMap<>();
            for (Object[] row : counts) {
                claimsOf.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
            Map<String, Facet> have = index(existing, f -> f.key);
            Set<String> inFile = seed.facets().stream().map(SeedCorpus.FacetSeed::key).collect(Collectors.toSet());
            List<String> refused = new ArrayList<>();
            List<Long> removed = new ArrayList<>();
            for (Facet f : existing) {
                long n = claimsOf.getOrDefault(f.id, 0L);
                if (!inFile.contains(f.key)) {
                    if (n > 0) {
                        refused.add(f.key + " (" + n + " claims; not in the file)");
                    } else {
                        removed.add(f.id);
                        changed.facetRemoved(f.key);
                    }
                }
            }
            for (SeedCorpus.FacetSeed f : seed.facets()) {
                Facet stored = have.get(f.key());
                if (stored != null && stored.kind != ValueKind.valueOf(f.kind()) && claimsOf.getOrDefault(stored.id, 0L) > 0) {
                    refused.add(f.key() + " (" + claimsOf.get(stored.id) + " claims of kind " + stored.kind + "; the file makes it "
                            + f.kind() + ")");
                }
            }
            if (!refused.isEmpty()) {
                throw new InvalidInputException("Agreement " + seed.slug() + " is not changed: these facets still have claims: "
                        + String.join(", ", refused) + ". Keep them in the file as they are, or remove their claims first.");
            }
            List<Facet> missing = new ArrayList<>();
            for (int i = 0; i < seed.facets().size(); i++) {
                SeedCorpus.FacetSeed f = seed.facets().get(i);
                Clause clause = f.clause() == null ? null : clauseByNumber.get(f.clause());
                Facet stored = have.get(f.key());
                if (stored != null) {
                    changed.update(stored, f, clause, i);
                    continue;
                }
                Facet facet = new Facet();
                facet.agreementId = agreement.id;
                facet.clause = clause;
                facet.key = f.key();
                facet.label = f.label();
                facet.description = f.description();
                facet.kind = ValueKind.valueOf(f.kind());
                facet.expected = f.expected() == null ? null : ValueCodec.fromMap(f.expected());
                facet.sumOf = f.sumOf();
                facet.names = f.nameEntries();
                facet.extract = f.extract();
                facet.position = i;
                missing.add(facet);
                if (!existing.isEmpty()) {
                    changed.facetAdded(f.key());
                }
            }
            List<Facet> kept = existing.stream().filter(f -> inFile.contains(f.key)).toList();
            return history.deleteFacets(removed).chain(() -> persistAll(missing))
                    .map(added -> index(concat(kept, added), f -> f.key));
        }));
    }

    private Uni<Map<String, Source>> writeSources(Agreement agreement, SeedCorpus corpus) {
        return sources.byAgreements(List.of(agreement.id), null).chain(existing -> {
            Map<String, Source> byKey = index(existing.stream().filter(s -> s.dedupKey != null).toList(), s -> s.dedupKey);
            List<Source> missing = new ArrayList<>();
            Map<String, String> keyByFile = new java.util.HashMap<>();
            for (SeedCorpus.SourceSeed s : corpus.agreement().sources()) {
                String text = corpus.texts().get(s.file());
                String key = DedupKey.of(text);
                keyByFile.put(s.file(), key);
                Source same = byKey.get(key);
                // The seed's quote offsets index into its own text; a stored variant of it would misplace them.
                if (same != null && !same.text.equals(text)) {
                    throw new InvalidInputException("Article " + s.file() + " differs from another source of the agreement"
                            + " only in Unicode normal form, BOM or trailing white space");
                }
                if (same == null) {
                    Source source = Source.withText(agreement.id, text);
                    source.title = s.title();
                    source.outlet = s.outlet();
                    source.url = s.url();
                    source.publishedOn = s.publishedOn() == null ? null : LocalDate.parse(s.publishedOn());
                    source.language = s.language();
                    source.fileName = s.file();
                    missing.add(source);
                    byKey.put(key, source);
                }
            }
            return persistAll(missing).map(added -> keyByFile.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> byKey.get(e.getValue()))));
        });
    }

    private Uni<Integer> writeClaims(SeedCorpus corpus, Map<String, Facet> facetByKey, Map<String, Source> sourceByFile) {
        List<Long> sourceIds = sourceByFile.values().stream().map(s -> s.id).distinct().toList();
        return claims.bySources(sourceIds).chain(existing -> {
            Set<String> have = existing.stream()
                    .map(c -> key(c.sourceId, c.facetId, c.quoteStart, c.quoteEnd)).collect(Collectors.toSet());
            List<Claim> missing = new ArrayList<>();
            String origin = "seed:" + corpus.agreement().slug();
            for (SeedCorpus.ClaimSeed c : corpus.claims()) {
                Source source = sourceByFile.get(c.source());
                Facet facet = facetByKey.get(c.facet());
                if (have.add(key(source.id, facet.id, c.quote().start(), c.quote().end()))) {
                    Claim claim = new Claim();
                    claim.sourceId = source.id;
                    claim.facetId = facet.id;
                    claim.value = ValueCodec.fromMap(c.value());
                    claim.quoteExact = c.quote().exact();
                    claim.quoteStart = c.quote().start();
                    claim.quoteEnd = c.quote().end();
                    claim.quotePrefix = QuoteContext.prefix(source.text, c.quote().start());
                    claim.quoteSuffix = QuoteContext.suffix(source.text, c.quote().end());
                    claim.attributedTo = c.attributedTo();
                    claim.status = ClaimStatus.CURATED;
                    claim.origin = origin;
                    missing.add(claim);
                }
            }
            return persistAll(missing).map(List::size);
        });
    }

    private static Agreement agreement(SeedCorpus.AgreementSeed seed) {
        Agreement a = new Agreement();
        a.slug = seed.slug();
        a.title = seed.title();
        a.parties = seed.parties();
        a.place = seed.place();
        a.signedOn = seed.signedOn() == null ? null : LocalDate.parse(seed.signedOn());
        a.timeZone = seed.timeZone();
        return a;
    }

    /** Persists one after another: a reactive session must never run two statements at once. */
    private static <E extends PanacheEntityBase> Uni<List<E>> persistAll(List<E> entities) {
        return Multi.createFrom().iterable(entities)
                .onItem().transformToUniAndConcatenate(e -> e.<E>persist())
                .collect().asList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a, java.util.HashMap::new));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String key(long source, long facet, int start, int end) {
        return source + "/" + facet + "/" + start + "/" + end;
    }
}
