-- Issue 9: whether a placement card "готова к подаче" waits for the head of the body (a region setting, from the profile).
alter table region add column placement_needs_head boolean not null default false;
alter table region_aud add column placement_needs_head boolean;
