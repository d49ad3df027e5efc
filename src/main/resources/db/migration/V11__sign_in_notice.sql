-- Issue 10: the owner of an account learns by e-mail why signing in is refused (this client is blocked for the
-- login, the account is switched off), at most once per window: when the last notice of that kind went out.
create table sign_in_notice (
    user_id bigint      not null references app_user on delete cascade,
    reason  varchar(20) not null,
    sent_at timestamp(6) with time zone not null,
    primary key (user_id, reason)
);
