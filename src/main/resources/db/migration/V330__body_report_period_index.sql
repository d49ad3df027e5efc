-- The board, the consolidated report and the dashboard read all bodies' reports of one or more periods
-- (by period code); the unique (body_id, period_code) key cannot serve that without the body.
create index body_report_period_idx on body_report (period_code);
