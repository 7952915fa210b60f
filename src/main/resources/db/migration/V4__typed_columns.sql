-- JSON held in text columns becomes jsonb (every row converted in place), and the columns holding Java enum
-- names may only hold those names. The claim_event snapshots stay text: they are served exactly as written.

alter table agreement
    alter column parties type jsonb using parties::jsonb,
    add constraint agreement_parties_array check (jsonb_typeof(parties) = 'array');

-- A text default cannot be cast to jsonb in place: drop it, convert the column, set it again.
alter table facet
    alter column expected type jsonb using expected::jsonb,
    alter column sum_of drop default,
    alter column sum_of type jsonb using sum_of::jsonb,
    alter column sum_of set default '[]',
    alter column names drop default,
    alter column names type jsonb using names::jsonb,
    alter column names set default '[]',
    alter column extract drop default,
    alter column extract type jsonb using extract::jsonb,
    alter column extract set default '{}',
    add constraint facet_expected_object check (jsonb_typeof(expected) = 'object'),
    add constraint facet_sum_of_array check (jsonb_typeof(sum_of) = 'array'),
    add constraint facet_names_array check (jsonb_typeof(names) = 'array'),
    add constraint facet_extract_object check (jsonb_typeof(extract) = 'object'),
    -- dev.parallax.value.ValueKind
    add constraint facet_kind_name check (kind in ('COUNT', 'LENGTH', 'DURATION', 'INSTANT', 'DATE', 'PLACE', 'ACTOR',
        'ASSERTION', 'TEXT'));

alter table claim
    alter column value type jsonb using value::jsonb,
    add constraint claim_value_object check (jsonb_typeof(value) = 'object'),
    -- dev.parallax.claim.ClaimStatus
    add constraint claim_status_name check (status in ('CURATED', 'SUGGESTED', 'CONFIRMED', 'REJECTED'));

alter table claim_event
    -- dev.parallax.claim.ClaimAction
    add constraint claim_event_action_name check (action in ('SUGGESTED', 'ADDED', 'CONFIRMED', 'REJECTED', 'CORRECTED'));
