package dev.parallax.seed;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The agreement's history (table agreement_event, V10), and the look-ups a re-import needs, in its transaction. */
@ApplicationScoped
public class AgreementHistoryRepository {

    /** Records that {@code actor} changed the agreement, one summary line per change. */
    public Uni<Void> record(long agreementId, String actor, String summary) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into agreement_event (agreement_id, actor, summary) values (:agreement, :actor, :summary)")
                .setParameter("agreement", agreementId)
                .setParameter("actor", actor)
                .setParameter("summary", summary)
                .executeUpdate()).replaceWithVoid();
    }

    /** The history of each agreement, oldest first. */
    public Uni<List<AgreementEvent>> of(List<Long> agreementIds) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select agreement_id, actor, extract(epoch from at),"
                        + " summary from agreement_event where agreement_id = any(:ids) order by agreement_id, id", Object[].class)
                .setParameter("ids", agreementIds.toArray(Long[]::new))
                .getResultList())
                .map(rows -> rows.stream().map(r -> new AgreementEvent(((Number) r[0]).longValue(), (String) r[1],
                        OffsetDateTime.ofInstant(Instant.ofEpochMilli(Math.round(((Number) r[2]).doubleValue() * 1000)),
                                ZoneOffset.UTC), (String) r[3])).toList());
    }

    /** Each facet of {@code facetIds} that has claims, as "id count". */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> claimCounts(List<Long> facetIds) {
        if (facetIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select facet_id, count(*) from claim where facet_id = any(:ids) group by facet_id", Object[].class)
                .setParameter("ids", facetIds.toArray(Long[]::new))
                .getResultList());
    }

    /** Deletes the facets (they have no claims). */
    public Uni<Void> deleteFacets(List<Long> facetIds) {
        if (facetIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from facet where id = any(:ids)")
                .setParameter("ids", facetIds.toArray(Long[]::new)).executeUpdate()).replaceWithVoid();
    }

    /** Deletes the agreement's clauses not named in {@code numbers} that no facet refers to; how many went. */
    public Uni<Integer> deleteUnusedClauses(long agreementId, List<String> numbers) {
        return Panache.getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(
                        "delete from clause c where c.agreement_id = :agreement and not (c.number = any(:numbers))"
                                + " and not exists (select 1 from facet f where f.clause_id = c.id)")
                .setParameter("agreement", agreementId)
                .setParameter("numbers", numbers.toArray(String[]::new))
                .executeUpdate()));
    }
}
