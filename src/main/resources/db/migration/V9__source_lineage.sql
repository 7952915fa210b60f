-- How sources descend from each other (dev.parallax.lineage): a source's MinHash signature, computed once when it
-- is added (or, for sources stored before, when the next source of its agreement is added), and its links.
-- copy_of: the original of its group of near-duplicates (the earliest-added member), with the estimated
-- similarity. previous_version / first_version: a later, different text at the same URL is a new version of that
-- source; the comparison shows only the latest version. The earlier versions keep their text and claims.
create table source_lineage (
    source_id          bigint primary key references source (id) on delete cascade,
    agreement_id       bigint not null references agreement (id) on delete cascade,
    signature          bytea  not null check (length(signature) = 512), -- 128 x int32, big-endian
    copy_of            bigint references source (id) on delete set null,
    copy_similarity    double precision check (copy_similarity between 0 and 1),
    previous_version   bigint unique references source (id) on delete set null,
    superseded_by      bigint references source (id) on delete set null, -- the next version, on the old one's row
    first_version      bigint references source (id) on delete set null,
    version_similarity double precision check (version_similarity between 0 and 1)
);
create index source_lineage_agreement_idx on source_lineage (agreement_id);
create index source_lineage_copy_of_idx on source_lineage (copy_of);
create index source_lineage_first_version_idx on source_lineage (first_version);

-- A new version's claims: carried over from the previous version, or marked gone there (never dropped).
alter table claim_event drop constraint claim_event_action_name;
alter table claim_event add constraint claim_event_action_name
    check (action in ('SUGGESTED', 'ADDED', 'CONFIRMED', 'REJECTED', 'CORRECTED', 'CARRIED_OVER', 'GONE'));
