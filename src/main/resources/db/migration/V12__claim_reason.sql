-- Why the extractor placed a suggested claim's value on its facet (alignment by the agreement's own words);
-- null for claims written by people and for claims a facet's extraction hints selected.
alter table claim add column reason text;
