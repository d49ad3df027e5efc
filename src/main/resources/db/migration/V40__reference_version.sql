-- One row whose number goes up whenever reference data changes (directory, statuses, production calendar).
-- Every instance keeps that data in memory and compares this number once per request, so an edit made on
-- one instance is seen on the others at their next request (platform.ReferenceData).
create table reference_version (
    id      smallint primary key default 1 check (id = 1),
    version bigint   not null
);
insert into reference_version (id, version) values (1, 1);
