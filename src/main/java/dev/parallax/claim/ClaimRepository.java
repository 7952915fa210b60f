package dev.parallax.claim;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import dev.parallax.db.ValueConverter;
import io.vertx.core.json.Json;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Reads and writes claims. */
@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepository<Claim> {

    /** One page of claims in ID order matching every non-null filter. */
    public Uni<List<Claim>> page(ClaimFilter filter, long afterId, int limit) {
        StringBuilder where = new StringBuilder("id > :after");
        Parameters params = Parameters.with("after", afterId);
        narrow(filter, where, params);
        return find(where + " order by id", params).range(0, limit - 1).list();
    }

    /** How many claims match every non-null filter, on every page. */
    public Uni<Long> count(ClaimFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        narrow(filter, where, params);
        return count(where.toString(), params);
    }

    private static void narrow(ClaimFilter filter, StringBuilder where, Parameters params) {
        if (filter.agreementId() != null) {
            where.append(" and sourceId in (select s.id from Source s where s.agreementId = :agreement)");
            params.and("agreement", filter.agreementId());
        }
        if (filter.sourceId() != null) {
            where.append(" and sourceId = :source");
            params.and("source", filter.sourceId());
        }
        if (filter.facetKey() != null) {
            where.append(" and facetId in (select f.id from Facet f where f.key = :facetKey)");
            params.and("facetKey", filter.facetKey());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
    }

    /** Claims in the given statuses of the given sources, by source, then quote start, then ID. */
    public Uni<List<Claim>> countedFor(List<Long> sourceIds, List<ClaimStatus> statuses) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createNativeQuery(countedSql(statuses), Claim.class)
                .setParameter("sources", sourceIds.toArray(Long[]::new))
                .getResultList());
    }

    /**
     * The statement {@link #countedFor} issues (named parameter :sources). The statuses are written into it, not
     * bound, so the planner can always use the partial index on counted claims (V6).
     */
    public static String countedSql(List<ClaimStatus> statuses) {
        String names = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return "select * from claim where source_id = any(:sources) and status in (" + names + ")"
                + " order by source_id, quote_start, id";
    }

    /**
     * Inserts new claims in one statement (an INSERT each would be one round trip each) and gives them their IDs
     * and creation times. The claims stay detached from the session.
     */
    public Uni<List<Claim>> insertAll(List<Claim> fresh) {
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createNativeQuery(INSERT_ALL, Object[].class)
                .setParameter("sources", column(fresh, c -> c.sourceId, Long[]::new))
                .setParameter("facets", column(fresh, c -> c.facetId, Long[]::new))
                .setParameter("values", column(fresh, c -> Json.encode(VALUES.convertToDatabaseColumn(c.value)),
                        String[]::new))
                .setParameter("exacts", column(fresh, c -> c.quoteExact, String[]::new))
                .setParameter("starts", column(fresh, c -> c.quoteStart, Integer[]::new))
                .setParameter("ends", column(fresh, c -> c.quoteEnd, Integer[]::new))
                .setParameter("prefixes", column(fresh, c -> c.quotePrefix, String[]::new))
                .setParameter("suffixes", column(fresh, c -> c.quoteSuffix, String[]::new))
                .setParameter("attributions", column(fresh, c -> c.attributedTo, String[]::new))
                .setParameter("statuses", column(fresh, c -> c.status.name(), String[]::new))
                .setParameter("origins", column(fresh, c -> c.origin, String[]::new))
                .setParameter("confidences", column(fresh, c -> c.confidence, Double[]::new))
                .setParameter("rules", column(fresh, c -> c.rule, String[]::new))
                .setParameter("reasons", column(fresh, c -> c.reason, String[]::new))
                .getResultList())
                .map(rows -> {
                    Map<List<Long>, Claim> byKey = new HashMap<>();
                    fresh.forEach(c -> byKey.put(naturalKey(c.sourceId, c.facetId, c.quoteStart, c.quoteEnd), c));
                    for (Object[] row : rows) {
                        Claim claim = byKey.get(naturalKey(row[2], row[3], row[4], row[5]));
                        claim.id = ((Number) row[0]).longValue();
                        claim.createdAt = (OffsetDateTime) row[1];
                    }
                    return fresh;
                });
    }

    private static final ValueConverter VALUES = new ValueConverter();

    // RETURNING names each row by its unique key (source, facet, span), so no row order is assumed.
    private static final String INSERT_ALL = "insert into claim (source_id, facet_id, value, quote_exact, quote_start,"
            + " quote_end, quote_prefix, quote_suffix, attributed_to, status, origin, confidence, rule,"
            + " reason) select s, f, cast(v as jsonb), e, qs, qe, p, x, a, st, o, c, r, w from unnest(cast(:sources as bigint[]),"
            + " cast(:facets as bigint[]), cast(:values as text[]), cast(:exacts as text[]), cast(:starts as int[]),"
            + " cast(:ends as int[]), cast(:prefixes as text[]), cast(:suffixes as text[]),"
            + " cast(:attributions as text[]), cast(:statuses as text[]), cast(:origins as text[]),"
            + " cast(:confidences as float8[]), cast(:rules as text[]), cast(:reasons as text[]))"
            + " with ordinality as t(s, f, v, e, qs, qe, p, x, a, st, o, c, r, w, n) order by n"
            + " returning id, created_at, source_id, facet_id, quote_start, quote_end";

    private static List<Long> naturalKey(Object source, Object facet, Object start, Object end) {
        return List.of(((Number) source).longValue(), ((Number) facet).longValue(), ((Number) start).longValue(),
                ((Number) end).longValue());
    }

    private static <T> T[] column(List<Claim> claims, Function<Claim, T> field, IntFunction<T[]> array) {
        return claims.stream().map(field).toArray(array);
    }

    /** Deletes the SUGGESTED claims of the sources; how many went (their history goes with them). */
    public Uni<Integer> deleteSuggested(List<Long> sourceIds) {
        return delete("sourceId in ?1 and status = ?2", sourceIds, ClaimStatus.SUGGESTED).map(Long::intValue);
    }

    public Uni<List<Claim>> bySources(List<Long> sourceIds) {
        return list("sourceId in ?1 order by sourceId, quoteStart, id", sourceIds);
    }

    /** Whether another claim (not {@code exceptClaimId}) of the source already speaks to the facet with this span. */
    public Uni<Boolean> spanTaken(long sourceId, long facetId, int start, int end, long exceptClaimId) {
        return count("sourceId = ?1 and facetId = ?2 and quoteStart = ?3 and quoteEnd = ?4 and id <> ?5",
                sourceId, facetId, start, end, exceptClaimId).map(n -> n > 0);
    }

    public Uni<List<Claim>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }
}
