-- The scale database of issue 11, generated through SQL against the real schema (run it after the service has
-- migrated the database). Replaces any earlier generated data (agreements with slugs 'scale-…'); the seed corpus is
-- left alone. Defaults: 1,800 agreements, 10,000 sources, 100 claims per source (1,000,000 claims), 24 points per
-- agreement; agreement scale-00001 holds 1,000 of the sources, the others share the rest.
--
--   psql -v ON_ERROR_STOP=1 -v agreements=1800 -v sources=10000 -v claims_per_source=100 -v large_sources=1000 \
--        -v facets=24 -f src/test/bench/scale-data.sql postgres://postgres@127.0.0.1:PORT/parallax
--
-- Every article is "Report NNNNNNN. " followed by one 42-character sentence per claim,
-- "Point KKK: officials counted AAA patrols. ", so each claim's quote (the three digits AAA) is cut out of the text at
-- its own offsets: quote_exact = substring(text, quote_start, quote_end), prefix and suffix the 32 characters around.
-- Claim k of a source is on point (k mod facets) + 1; a fifth of the values conflict with the agreement's.
\if :{?agreements} \else \set agreements 1800 \endif
\if :{?sources} \else \set sources 10000 \endif
\if :{?claims_per_source} \else \set claims_per_source 100 \endif
\if :{?large_sources} \else \set large_sources 1000 \endif
\if :{?facets} \else \set facets 24 \endif
\set ON_ERROR_STOP on
\timing on

begin;
delete from agreement where slug like 'scale-%';

insert into agreement (slug, title, parties, place, signed_on, time_zone)
select 'scale-' || lpad(a::text, 5, '0'), 'Generated agreement ' || a, '["Party A", "Party B"]', 'Place ' || a,
       date '2020-01-01' + a, 'UTC'
  from generate_series(1, :agreements) a;

insert into clause (agreement_id, number, title, text, position)
select ag.id, p::text, 'Clause ' || p, 'The parties agree on point ' || p || '.', p
  from agreement ag, generate_series(1, :facets) p
 where ag.slug like 'scale-%';

insert into facet (agreement_id, clause_id, key, label, kind, expected, position)
select c.agreement_id, c.id, 'point-' || c.number, 'Point ' || c.number, 'COUNT',
       jsonb_build_object('kind', 'COUNT', 'amount', (10 + c.position)::text), c.position
  from clause c join agreement ag on ag.id = c.agreement_id
 where ag.slug like 'scale-%';

insert into source (agreement_id, title, text, content_hash, dedup_key, outlet, published_on, language)
select ag.id, 'Generated report ' || g.n, g.text, encode(sha256(convert_to(g.text, 'UTF8')), 'hex'),
       encode(sha256(convert_to(g.text, 'UTF8')), 'hex'), 'Outlet ' || (g.n % 40), date '2020-03-06', 'en'
  from (select n,
               case when n <= :large_sources then 1 else 2 + (n - :large_sources - 1) % (:agreements - 1) end as a,
               'Report ' || lpad(n::text, 7, '0') || '. ' || (
                   select string_agg(format('Point %s: officials counted %s patrols. ', lpad(k::text, 3, '0'),
                                            lpad((10 + k % :facets + 1 + case when (n + k) % 5 = 0 then 1 else 0 end)::text, 3, '0')),
                                     '' order by k)
                     from generate_series(0, :claims_per_source - 1) k) as text
          from generate_series(1, :sources) n) g
  join agreement ag on ag.slug = 'scale-' || lpad(g.a::text, 5, '0');

insert into claim (source_id, facet_id, value, quote_exact, quote_start, quote_end, quote_prefix, quote_suffix,
                   status, origin)
select s.id, f.id, jsonb_build_object('kind', 'COUNT', 'amount', ltrim(substr(s.text, o.st + 1, 3), '0')),
       substr(s.text, o.st + 1, 3), o.st, o.st + 3,
       substr(s.text, greatest(1, o.st - 31), least(o.st, 32)), substr(s.text, o.st + 4, 32),
       (array['CURATED', 'CURATED', 'CURATED', 'CONFIRMED', 'SUGGESTED'])[1 + (s.id + k) % 5], 'bench:scale'
  from source s
  join agreement ag on ag.id = s.agreement_id and ag.slug like 'scale-%'
 cross join lateral generate_series(0, :claims_per_source - 1) k
 cross join lateral (select 16 + k * 42 + 29 as st) o
  join facet f on f.agreement_id = s.agreement_id and f.position = k % :facets + 1;
commit;

analyze agreement;
analyze clause;
analyze facet;
analyze source;
analyze claim;

select (select count(*) from agreement where slug like 'scale-%') as agreements,
       (select count(*) from source s join agreement a on a.id = s.agreement_id where a.slug like 'scale-%') as sources,
       (select count(*) from claim where origin = 'bench:scale') as claims,
       (select count(*) from source where agreement_id = (select id from agreement where slug = 'scale-00001'))
           as large_agreement_sources,
       (select count(*) from claim c join source s on s.id = c.source_id
         where c.origin = 'bench:scale' and substr(s.text, c.quote_start + 1, c.quote_end - c.quote_start) <> c.quote_exact)
           as invalid_quotes;
