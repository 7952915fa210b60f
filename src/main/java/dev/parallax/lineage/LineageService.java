package dev.parallax.lineage;

import dev.parallax.claim.Claim;
import dev.parallax.claim.ClaimCarryOverService;
import dev.parallax.claim.ClaimService;
import dev.parallax.db.WorkerPool;
import dev.parallax.lineage.SourceLineageRepository.SourceText;
import dev.parallax.shingle.MinHash;
import dev.parallax.shingle.QuoteAnchor;
import dev.parallax.shingle.WordDiff;
import dev.parallax.source.Source;
import dev.parallax.source.SourceService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places a new source in its agreement's lineage (a copy of an earlier source, a new version of one, or neither)
 * when it is added, carrying a new version's claims over; and reads the links back, with word diffs.
 */
@ApplicationScoped
public class LineageService {

    /** Where {@link #place} put a source: its lineage row and, for a new version, the claims carried over to it. */
    public record Placement(SourceLineage lineage, List<Claim> carried) {
    }

    private record Signed(int[] own, List<SourceLineage> backfill) {
    }

    private final SourceLineageRepository lineage;
    private final SourceService sources;
    private final ClaimService claims;
    private final ClaimCarryOverService carryOver;
    private final double threshold;

    public LineageService(SourceLineageRepository lineage, SourceService sources, ClaimService claims,
            ClaimCarryOverService carryOver,
            @ConfigProperty(name = "parallax.lineage.copy-threshold", defaultValue = "0.5") double threshold) {
        this.lineage = lineage;
        this.sources = sources;
        this.claims = claims;
        this.carryOver = carryOver;
        this.threshold = threshold;
    }

    /**
     * Signs the new source (and any of the agreement's sources stored without a signature), links it, and for a new
     * version carries the previous version's claims over. Must run inside the caller's transaction.
     */
    @WithSession
    public Uni<Placement> place(Source saved, Map<Long, String> facetKeys, String actor) {
        return lineage.ofAgreement(saved.agreementId).chain(stored -> lineage.unsigned(saved.agreementId, saved.id)
                .chain(unsigned -> WorkerPool.run(stopped -> sign(saved, unsigned)))
                // Panache refuses to persist an empty list.
                .call(signed -> signed.backfill().isEmpty() ? Uni.createFrom().voidItem()
                        : lineage.persist(signed.backfill()))
                .chain(signed -> previousVersion(saved).chain(previous -> {
                    List<SourceLineage> others = new ArrayList<>(stored);
                    others.addAll(signed.backfill());
                    SourceLineage row = LineageMatcher.place(saved.id, saved.agreementId, signed.own(), others,
                            previous == null ? null : previous.id(), threshold);
                    return lineage.persist(row)
                            .chain(() -> row.previousVersion == null ? Uni.createFrom().item(List.<Claim>of())
                                    : carry(row.previousVersion, saved, facetKeys, actor))
                            .map(carried -> new Placement(row, carried));
                })));
    }

    private Uni<SourceText> previousVersion(Source saved) {
        return saved.url == null ? Uni.createFrom().nullItem()
                : lineage.latestAtUrl(saved.agreementId, saved.url, saved.id);
    }

    private static Signed sign(Source saved, List<SourceText> unsigned) {
        List<SourceLineage> backfill = unsigned.stream().map(s -> {
            SourceLineage row = new SourceLineage();
            row.sourceId = s.id();
            row.agreementId = saved.agreementId;
            row.signature = MinHash.toBytes(MinHash.signature(s.text()));
            return row;
        }).toList();
        return new Signed(MinHash.signature(saved.text), backfill);
    }

    private Uni<List<Claim>> carry(long previousId, Source saved, Map<Long, String> facetKeys, String actor) {
        return claims.ofSources(List.of(previousId)).map(lists -> lists.get(0))
                .chain(old -> WorkerPool.run(stopped -> old.stream()
                        .map(c -> new ClaimCarryOverService.Anchored(c,
                                QuoteAnchor.find(saved.text, c.quoteExact, c.quotePrefix, c.quoteSuffix)))
                        .toList()))
                .chain(anchored -> carryOver.carryOver(saved.id, saved.text, anchored, facetKeys, actor));
    }

    /** Each source's original (null when it is not a copy), in the order of {@code ids}. */
    @WithSession
    public Uni<List<SourceLink>> copyOf(List<Long> ids) {
        return lineage.ofSources(ids).chain(rows -> {
            Map<Long, SourceLineage> byId = byId(rows);
            return withSources(ids, rows.stream().map(r -> r.copyOf), texts -> ids.stream().map(id -> {
                SourceLineage row = byId.get(id);
                if (row == null || row.copyOf == null || !texts.containsKey(row.copyOf)) {
                    return null;
                }
                Source original = texts.get(row.copyOf);
                return new SourceLink(original, row.copySimilarity, WordDiff.changes(original.text, texts.get(id).text));
            }).toList());
        });
    }

    /** Each source's copies, earliest first, in the order of {@code ids}. */
    @WithSession
    public Uni<List<List<SourceLink>>> copies(List<Long> ids) {
        return lineage.copiesOf(ids).chain(rows -> {
            Map<Long, List<SourceLineage>> byOriginal = rows.stream().collect(Collectors.groupingBy(r -> r.copyOf));
            return withSources(ids, rows.stream().map(r -> r.sourceId), texts -> ids.stream()
                    .map(id -> byOriginal.getOrDefault(id, List.of()).stream()
                            .map(r -> new SourceLink(texts.get(r.sourceId), r.copySimilarity,
                                    WordDiff.changes(texts.get(id).text, texts.get(r.sourceId).text)))
                            .toList())
                    .toList());
        });
    }

    /** Every version of each source, first to latest (a source never re-published is its only version). */
    @WithSession
    public Uni<List<List<SourceVersion>>> versions(List<Long> ids) {
        return lineage.ofSources(ids).chain(own -> {
            Map<Long, SourceLineage> ownById = byId(own);
            List<Long> firsts = ids.stream().map(id -> first(id, ownById.get(id))).distinct().toList();
            return lineage.versionsOf(firsts).chain(later -> {
                Map<Long, List<SourceLineage>> byFirst = later.stream().collect(Collectors.groupingBy(r -> r.firstVersion));
                return withSources(firsts, later.stream().map(r -> r.sourceId), texts -> ids.stream()
                        .map(id -> chain(first(id, ownById.get(id)), byFirst.getOrDefault(
                                first(id, ownById.get(id)), List.of()), texts))
                        .toList());
            });
        });
    }

    private static long first(long id, SourceLineage row) {
        return row != null && row.firstVersion != null ? row.firstVersion : id;
    }

    private static List<SourceVersion> chain(long first, List<SourceLineage> later, Map<Long, Source> texts) {
        List<SourceVersion> versions = new ArrayList<>();
        versions.add(new SourceVersion(1, texts.get(first), null, List.of(), later.isEmpty()));
        List<SourceLineage> ordered = later.stream().sorted(Comparator.comparing(r -> r.sourceId)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            SourceLineage r = ordered.get(i);
            Source previous = texts.get(r.previousVersion);
            versions.add(new SourceVersion(i + 2, texts.get(r.sourceId), r.versionSimilarity,
                    previous == null ? List.of() : WordDiff.changes(previous.text, texts.get(r.sourceId).text),
                    i == ordered.size() - 1));
        }
        return versions;
    }

    /** Loads the named sources (with texts) and builds the answer on a worker thread: diffs cost CPU. */
    private <T> Uni<T> withSources(List<Long> ids, java.util.stream.Stream<Long> more,
            Function<Map<Long, Source>, T> build) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        more.filter(java.util.Objects::nonNull).forEach(wanted::add);
        return sources.byIds(List.copyOf(wanted))
                .chain(found -> WorkerPool.run(stopped -> build.apply(
                        found.stream().collect(Collectors.toMap(s -> s.id, Function.identity())))));
    }

    private static Map<Long, SourceLineage> byId(List<SourceLineage> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.sourceId, Function.identity()));
    }
}
