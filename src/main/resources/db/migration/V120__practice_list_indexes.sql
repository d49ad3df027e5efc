-- The practice list's sorts and filters (issue 12): the default order (last changed first, id as the tie) and
-- the title order read one page from an index instead of sorting every row; the year and municipality filters
-- and the scope of a body (its own practices, or those of its categories) have indexes of their own.
create index practice_updated_id_idx on practice (updated_at desc, id desc);
create index practice_title_idx on practice (title, id);
create index practice_period_start_idx on practice (period_start);
create index practice_municipality_idx on practice (municipality_id);
create index practice_category_updated_idx on practice (category_id, updated_at desc, id desc);
create index practice_body_status_idx on practice (body_id, status);
drop index if exists practice_updated_idx;
