-- Benchmarks seed their own database now; the product schema no longer marks generated rows.
-- No index was built on the column. The audit copy loses it too (DDL, not an update of audit rows).
alter table practice drop column generated;
alter table practice_aud drop column generated;
