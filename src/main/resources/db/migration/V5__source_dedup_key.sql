-- Sources are deduplicated by the SHA-256 of a canonical form of their text (dev.parallax.source.DedupKey):
-- NFC, one leading U+FEFF removed, trailing Unicode White_Space removed. content_hash keeps meaning
-- "SHA-256 of the text as stored"; the text itself is never changed.
alter table source add column dedup_key text check (length(dedup_key) = 64);

update source s
   set dedup_key = encode(sha256(convert_to(rtrim(
           case when left(c.nfc, 1) = U&'\FEFF' then substr(c.nfc, 2) else c.nfc end,
           U&'\0009\000A\000B\000C\000D\0020\0085\00A0\1680\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200A\2028\2029\202F\205F\3000'),
           'UTF8')), 'hex')
  from (select id, normalize(text, NFC) as nfc from source) c
 where c.id = s.id;

-- Rows stored before this migration that differ only in canonical form all stay; the earliest keeps
-- the key (later additions find it), the others keep a null key, which the unique constraint allows.
update source s
   set dedup_key = null
 where exists (select 1 from source o
                where o.agreement_id = s.agreement_id and o.dedup_key = s.dedup_key and o.id < s.id);

alter table source add constraint source_agreement_id_dedup_key_key unique (agreement_id, dedup_key);
