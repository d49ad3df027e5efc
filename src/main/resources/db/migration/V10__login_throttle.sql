-- Login throttling by client address and typed login together (issue 10): a stranger guessing from
-- elsewhere no longer locks the owner out. The account-wide lock columns go.
create table login_throttle (
    client_address  varchar(64)  not null,
    username        varchar(100) not null,
    attempts        integer      not null,
    last_attempt_at timestamp(6) with time zone not null,
    allowed_from    timestamp(6) with time zone not null,
    previous_allowed_from timestamp(6) with time zone not null,
    primary key (client_address, username)
);
create index login_throttle_username_idx on login_throttle (username);

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
