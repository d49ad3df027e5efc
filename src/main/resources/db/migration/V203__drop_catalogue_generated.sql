-- Benchmarks seed their own database now: the flag that kept generated catalogue rows apart goes, from
-- the table and from its audit table (no index ever used it).
alter table catalogue_practice drop column generated;
alter table catalogue_practice_aud drop column generated;
