-- Reporting (cl. 7): the production calendar, report statuses, bodies' quarterly reports and their
-- submitted versions. Periods are not stored: they follow from the region's reporting rule.

-- Production calendar: a year loaded from an official source lists only its exceptions against a plain
-- Monday–Friday week (non-working weekdays, working weekend days). Years not loaded follow Labor Code
-- art. 112 (weekends, public holidays, automatic transfer of a holiday that falls on a weekend).
create table calendar_year (
    year      integer      primary key,
    source    varchar(300) not null,
    loaded_at timestamp with time zone not null,
    loaded_by varchar(100) not null,
    version   bigint       not null default 0
);
create table calendar_year_aud (
    year      integer not null,
    rev       bigint  not null references revinfo,
    revtype   smallint,
    source    varchar(300),
    loaded_at timestamp with time zone,
    loaded_by varchar(100),
    primary key (year, rev)
);

create table calendar_day (
    day     date    primary key,
    year    integer not null references calendar_year,
    working boolean not null
);
create index calendar_day_year_idx on calendar_day (year);
create table calendar_day_aud (
    day     date    not null,
    rev     bigint  not null references revinfo,
    revtype smallint,
    year    integer,
    working boolean,
    primary key (day, rev)
);

insert into calendar_year (year, source, loaded_at, loaded_by) values
 (2025, 'Постановление Правительства РФ от 04.10.2024 № 1335', now(), 'migration'),
 (2026, 'Постановление Правительства РФ от 24.09.2025 № 1466', now(), 'migration'),
 (2027, 'Предварительно: ст. 112 ТК РФ и опубликованный проект переноса (5 ноября ↔ 13 ноября, 31 декабря); заменить официальным', now(), 'migration');

insert into calendar_day (day, year, working) values
 ('2025-01-01', 2025, false), ('2025-01-02', 2025, false), ('2025-01-03', 2025, false), ('2025-01-06', 2025, false),
 ('2025-01-07', 2025, false), ('2025-01-08', 2025, false), ('2025-05-01', 2025, false), ('2025-05-02', 2025, false),
 ('2025-05-08', 2025, false), ('2025-05-09', 2025, false), ('2025-06-12', 2025, false), ('2025-06-13', 2025, false),
 ('2025-11-01', 2025, true),  ('2025-11-03', 2025, false), ('2025-11-04', 2025, false), ('2025-12-31', 2025, false),
 ('2026-01-01', 2026, false), ('2026-01-02', 2026, false), ('2026-01-05', 2026, false), ('2026-01-06', 2026, false),
 ('2026-01-07', 2026, false), ('2026-01-08', 2026, false), ('2026-01-09', 2026, false), ('2026-02-23', 2026, false),
 ('2026-03-09', 2026, false), ('2026-05-01', 2026, false), ('2026-05-11', 2026, false), ('2026-06-12', 2026, false),
 ('2026-11-04', 2026, false), ('2026-12-31', 2026, false),
 ('2027-01-01', 2027, false), ('2027-01-04', 2027, false), ('2027-01-05', 2027, false), ('2027-01-06', 2027, false),
 ('2027-01-07', 2027, false), ('2027-01-08', 2027, false), ('2027-02-23', 2027, false), ('2027-03-08', 2027, false),
 ('2027-05-03', 2027, false), ('2027-05-10', 2027, false), ('2027-06-14', 2027, false), ('2027-11-04', 2027, false),
 ('2027-11-05', 2027, false), ('2027-11-13', 2027, true),  ('2027-12-31', 2027, false);

-- Statuses of a body's report and of the board (reference data). "stored" ones are kept on the report;
-- the others are derived for the board from the report and the deadline.
create table report_status (
    code       varchar(30)  primary key,
    name       varchar(100) not null,
    sort_order integer      not null,
    stored     boolean      not null,
    badge      varchar(30)  not null
);
insert into report_status (code, name, sort_order, stored, badge) values
 ('NOT_STARTED',       'Не начат',                 10, false, 'secondary'),
 ('DRAFT',             'Черновик',                 20, true,  'info'),
 ('AWAITING_SIGNOFF',  'На подписании',            30, true,  'primary'),
 ('SUBMITTED',         'Представлен',              40, true,  'success'),
 ('SUBMITTED_ON_TIME', 'Представлен в срок',       41, false, 'success'),
 ('SUBMITTED_LATE',    'Представлен с опозданием', 42, false, 'warning'),
 ('ACCEPTED',          'Принят',                   50, true,  'success'),
 ('RETURNED',          'Возвращён на доработку',   60, true,  'danger'),
 ('OVERDUE',           'Просрочен',                70, false, 'danger');

-- Allowed transitions of a report (from → to by an action); the aggregate checks them.
create table report_transition (
    from_code varchar(30) not null references report_status,
    action    varchar(30) not null,
    to_code   varchar(30) not null references report_status,
    primary key (from_code, action)
);
insert into report_transition (from_code, action, to_code) values
 ('DRAFT',            'SEND_FOR_SIGNOFF', 'AWAITING_SIGNOFF'),
 ('RETURNED',         'SEND_FOR_SIGNOFF', 'AWAITING_SIGNOFF'),
 ('AWAITING_SIGNOFF', 'SIGN',             'SUBMITTED'),
 ('AWAITING_SIGNOFF', 'BACK_TO_DRAFT',    'DRAFT'),
 ('SUBMITTED',        'ACCEPT',           'ACCEPTED'),
 ('SUBMITTED',        'RETURN',           'RETURNED');

create table body_report (
    id                 bigint generated by default as identity primary key,
    body_id            bigint       not null references responsible_body,
    period_code        varchar(20)  not null,
    period_start       date         not null,
    period_end         date         not null,
    deadline           date         not null,
    status             varchar(30)  not null references report_status,
    nothing_to_report  boolean      not null default false,
    comment            varchar(4000),
    signed_by          varchar(200),
    signed_at          timestamp with time zone,
    first_submitted_at timestamp with time zone,
    late               boolean,
    returned_reason    varchar(2000),
    decided_by         varchar(200),
    decided_at         timestamp with time zone,
    version            bigint       not null default 0,
    unique (body_id, period_code)
);
create table body_report_aud (
    id                 bigint   not null,
    rev                bigint   not null references revinfo,
    revtype            smallint,
    body_id            bigint,
    period_code        varchar(20),
    period_start       date,
    period_end         date,
    deadline           date,
    status             varchar(30),
    nothing_to_report  boolean,
    comment            varchar(4000),
    signed_by          varchar(200),
    signed_at          timestamp with time zone,
    first_submitted_at timestamp with time zone,
    late               boolean,
    returned_reason    varchar(2000),
    decided_by         varchar(200),
    decided_at         timestamp with time zone,
    primary key (id, rev)
);

create table report_row_comment (
    id        bigint generated by default as identity primary key,
    report_id bigint        not null references body_report on delete cascade,
    row_key   varchar(40)   not null,
    text      varchar(2000) not null,
    unique (report_id, row_key)
);
create table report_row_comment_aud (
    id        bigint not null,
    rev       bigint not null references revinfo,
    revtype   smallint,
    report_id bigint,
    row_key   varchar(40),
    text      varchar(2000),
    primary key (id, rev)
);

-- What was submitted, frozen: every submission is a new version; earlier ones stay.
create table report_version (
    id           bigint generated by default as identity primary key,
    report_id    bigint      not null references body_report,
    number       integer     not null,
    submitted_at timestamp with time zone not null,
    submitted_by varchar(200) not null,
    late         boolean     not null,
    snapshot     text        not null,
    unique (report_id, number)
);
create table report_version_aud (
    id           bigint not null,
    rev          bigint not null references revinfo,
    revtype      smallint,
    report_id    bigint,
    number       integer,
    submitted_at timestamp with time zone,
    submitted_by varchar(200),
    late         boolean,
    snapshot     text,
    primary key (id, rev)
);
