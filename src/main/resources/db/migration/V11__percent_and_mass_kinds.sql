-- dev.parallax.value.ValueKind gains PERCENT and MASS.
alter table facet
    drop constraint facet_kind_name,
    add constraint facet_kind_name check (kind in ('COUNT', 'LENGTH', 'DURATION', 'PERCENT', 'MASS', 'INSTANT', 'DATE',
        'PLACE', 'ACTOR', 'ASSERTION', 'TEXT'));
