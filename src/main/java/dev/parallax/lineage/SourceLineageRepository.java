package dev.parallax.lineage;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes source lineage rows, and the few source columns lineage needs. */
@ApplicationScoped
@WithSession
public class SourceLineageRepository implements PanacheRepositoryBase<SourceLineage, Long> {

    /** A source's ID and text. */
    public record SourceText(long id, String text) {
    }

    public Uni<List<SourceLineage>> ofAgreement(long agreementId) {
        return list("agreementId = ?1 order by sourceId", agreementId);
    }

    public Uni<List<SourceLineage>> ofSources(List<Long> sourceIds) {
        return list("sourceId in ?1", sourceIds);
    }

    public Uni<List<SourceLineage>> copiesOf(List<Long> originalIds) {
        return list("copyOf in ?1 order by sourceId", originalIds);
    }

    public Uni<List<SourceLineage>> versionsOf(List<Long> firstVersionIds) {
        return list("firstVersion in ?1 order by sourceId", firstVersionIds);
    }

    /** The agreement's sources stored without a signature (added before lineage, or by the seed loader). */
    public Uni<List<SourceText>> unsigned(long agreementId, long exceptSourceId) {
        return texts("select s.id, s.text from source s where s.agreement_id = :key and s.id <> :except"
                + " and not exists (select 1 from source_lineage l where l.source_id = s.id) order by s.id",
                agreementId, exceptSourceId);
    }

    /** The agreement's latest version (no successor yet) of the source published at {@code url}, if any. */
    public Uni<SourceText> latestAtUrl(long agreementId, String url, long exceptSourceId) {
        return getSession().chain(session -> session.createNativeQuery("select s.id, s.text from source s"
                        + " where s.agreement_id = :agreement and s.url = :url and s.id <> :except and not exists"
                        + " (select 1 from source_lineage l where l.previous_version = s.id) order by s.id desc limit 1",
                        Object[].class)
                .setParameter("agreement", agreementId).setParameter("url", url).setParameter("except", exceptSourceId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : text(rows.get(0)));
    }

    private Uni<List<SourceText>> texts(String sql, long key, long except) {
        return getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("key", key).setParameter("except", except)
                .getResultList())
                .map(rows -> rows.stream().map(SourceLineageRepository::text).toList());
    }

    private static SourceText text(Object[] row) {
        return new SourceText(((Number) row[0]).longValue(), (String) row[1]);
    }
}
