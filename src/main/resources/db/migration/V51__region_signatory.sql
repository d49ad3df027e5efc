-- Who signs the consolidated report for the coordinator (issue 14, region-neutral texts): position and name as the
-- region profile gives them (coordinatorHead); empty, the head's account of the coordinator's body decides as before.
alter table region add column signatory_position varchar(300);
alter table region add column signatory_name varchar(200);
alter table region_aud add column signatory_position varchar(300);
alter table region_aud add column signatory_name varchar(200);
