-- When a user last opened the dashboard: "what changed since my last visit" counts from here.
-- Not business data (like the login counters), so not audited.
create table dashboard_visit (
    user_id     bigint                      primary key references app_user on delete cascade,
    visited_at  timestamp(6) with time zone not null
);
