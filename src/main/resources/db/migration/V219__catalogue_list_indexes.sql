-- The catalogue list's default order (recommended first, then by title) reads one page from this index instead
-- of sorting 25,000 rows; the category filter keeps the same order within a category (issue 12).
create index catalogue_practice_order_idx on catalogue_practice (recommended desc, title);
create index catalogue_practice_category_order_idx on catalogue_practice (category_id, recommended desc, title);
