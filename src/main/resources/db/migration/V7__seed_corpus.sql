-- The fingerprint of the seed corpus last loaded completely (SeedLoader): a start with the same corpus
-- skips validating and writing it again.
create table seed_corpus (
    hash      text        primary key check (length(hash) = 64), -- SHA-256 hex
    loaded_at timestamptz not null default now()
);
