-- "в Амурской области", "в Краснодарском крае": the form texts need after «в»/«о» (issue 14, region-neutral texts).
alter table region add column name_prepositional varchar(200);
alter table region_aud add column name_prepositional varchar(200);
-- for an oblast the prepositional equals the genitive («Амурской области»); other kinds are set by the profile
update region set name_prepositional = name_genitive where name like '% область';
