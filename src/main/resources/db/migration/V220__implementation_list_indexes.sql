-- The implementations list pages newest first, filtered by status and/or body (issue 12): both filters
-- with the sort served by an index, so a page and its count stay cheap with 2,000 implementations and more.
create index implementation_status_list_idx on implementation (status_code, id desc);
create index implementation_body_list_idx on implementation (body_id, id desc);
