-- A comparison reads the counted claims of its sources by source, then quote start, then ID
-- (ClaimRepository.countedSql); without this the planner scans the whole claim table for a large agreement.
create index claim_counted_idx on claim (source_id, quote_start, id) where status in ('CURATED', 'CONFIRMED');
