-- addSource with html or a url alone (issue 10): who wrote the article, where and when Parallax fetched it,
-- and the page as received, kept for audit apart from the source row so that reading sources stays light.
alter table source
    add column author       text,
    add column fetched_from text,
    add column retrieved_at timestamptz;

create table source_page (
    source_id bigint primary key references source (id) on delete cascade,
    html      text not null
);
