package dev.parallax.source;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads and writes sources. */
@ApplicationScoped
@WithSession
public class SourceRepository implements PanacheRepository<Source> {

    /** One page in ID order; {@code limit} rows at most. A null agreement means every agreement. */
    public Uni<List<Source>> page(Long agreementId, long afterId, int limit) {
        String where = agreementId == null ? "id > :after" : "agreementId = :agreement and id > :after";
        Parameters params = Parameters.with("after", afterId);
        if (agreementId != null) {
            params.and("agreement", agreementId);
        }
        return find(where + " order by id", params).range(0, limit - 1).list();
    }

    /** How many sources there are, of the agreement unless it is null. */
    public Uni<Long> countOf(Long agreementId) {
        return agreementId == null ? count() : count("agreementId", agreementId);
    }

    /** The agreement's sources in ID order, restricted to {@code ids} unless it is null. */
    public Uni<List<Source>> byAgreements(List<Long> agreementIds, List<Long> ids) {
        return ids == null
                ? list("agreementId in ?1 order by id", agreementIds)
                : list("agreementId in ?1 and id in ?2 order by id", agreementIds, ids);
    }

    /**
     * A comparison's sources: the agreements' sources in ID order, restricted to {@code ids} unless it is null.
     * The text is left out (null) unless {@code withText}: a comparison rarely shows it, and it is most of a row.
     * The objects are not attached to the session.
     */
    public Uni<List<Source>> forComparison(List<Long> agreementIds, List<Long> ids, boolean withText) {
        return getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session
                    .createNativeQuery(comparisonSql(withText, ids != null), Object[].class)
                    .setParameter("agreements", agreementIds.toArray(Long[]::new));
            if (ids != null) {
                query.setParameter("ids", ids.toArray(Long[]::new));
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> detached(row, withText)).toList());
    }

    /** The statement {@link #forComparison} issues (named parameters :agreements and, if someIds, :ids). */
    public static String comparisonSql(boolean withText, boolean someIds) {
        return "select " + COMPARISON_COLUMNS + ", " + COPY_GROUP + (withText ? ", text" : "") + " from source"
                + " where agreement_id = any(:agreements)" + (someIds ? " and id = any(:ids)" : SUPERSEDED_LEFT_OUT)
                + " order by id";
    }

    // Lineage (V9, dev.parallax.lineage) in the same statement: the group of near-duplicates a source belongs to,
    // and, unless the client names its sources, only the latest version of a source published at one URL.
    private static final String COPY_GROUP = "(select coalesce(l.copy_of, l.first_version) from source_lineage l"
            + " where l.source_id = source.id) as copy_group";
    private static final String SUPERSEDED_LEFT_OUT = " and (select l.superseded_by from source_lineage l"
            + " where l.source_id = source.id) is null";

    /**
     * A paged comparison's sources, as {@link #forComparison} for one agreement, with the text of only the sources on
     * the page: those in {@code pageIds} when it is given (the client chose and ordered the columns), else the
     * {@code first} sources after ID {@code afterId} in ID order.
     */
    public Uni<List<Source>> forComparisonPage(long agreementId, List<Long> ids, List<Long> pageIds, long afterId,
            int first) {
        return getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session
                    .createNativeQuery(comparisonPageSql(ids != null, pageIds != null), Object[].class)
                    .setParameter("agreements", new Long[] {agreementId});
            if (ids != null) {
                query.setParameter("ids", ids.toArray(Long[]::new));
            }
            if (pageIds != null) {
                query.setParameter("pageIds", pageIds.toArray(Long[]::new));
            } else {
                query.setParameter("after", afterId).setParameter("first", first);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> detached(row, true)).toList());
    }

    /**
     * The statement {@link #forComparisonPage} issues (named parameters :agreements, :ids if someIds, then :pageIds
     * if pageIdsGiven, else :after and :first). The page's last ID comes from one index range scan run once.
     */
    public static String comparisonPageSql(boolean someIds, boolean pageIdsGiven) {
        String onPage = pageIdsGiven ? "id = any(:pageIds)"
                : "id > :after and id <= (select coalesce(max(p.id), 0) from (select id from source"
                        + " where agreement_id = any(:agreements) and id > :after" + (someIds ? "" : SUPERSEDED_LEFT_OUT)
                        + " order by id limit :first) p)";
        return "select " + COMPARISON_COLUMNS + ", " + COPY_GROUP + ", case when " + onPage + " then text end from source"
                + " where agreement_id = any(:agreements)" + (someIds ? " and id = any(:ids)" : SUPERSEDED_LEFT_OUT)
                + " order by id";
    }

    private static final String COMPARISON_COLUMNS = "id, agreement_id, title, content_hash, dedup_key, outlet, url,"
            + " published_on, language, file_name, created_at";

    private static Source detached(Object[] row, boolean withText) {
        Source s = new Source();
        s.id = ((Number) row[0]).longValue();
        s.agreementId = ((Number) row[1]).longValue();
        s.title = (String) row[2];
        s.contentHash = (String) row[3];
        s.dedupKey = (String) row[4];
        s.outlet = (String) row[5];
        s.url = (String) row[6];
        s.publishedOn = (LocalDate) row[7];
        s.language = (String) row[8];
        s.fileName = (String) row[9];
        s.createdAt = (OffsetDateTime) row[10];
        s.copyGroup = row[11] == null ? s.id : ((Number) row[11]).longValue();
        s.text = withText ? (String) row[12] : null;
        return s;
    }

    public Uni<List<Source>> findByIds(List<Long> ids) {
        return list("id in ?1", ids);
    }

    public Uni<Source> findByDedupKey(Long agreementId, String dedupKey) {
        return find("agreementId = ?1 and dedupKey = ?2", agreementId, dedupKey).firstResult();
    }
}
