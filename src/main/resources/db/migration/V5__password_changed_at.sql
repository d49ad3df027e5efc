-- When the password was last set: audited, so the journal shows a password change without the hash.
alter table app_user add column password_changed_at timestamp(6) with time zone;
alter table app_user_aud add column password_changed_at timestamp(6) with time zone;
-- A password the admin gave out must be replaced by the person before they do anything else.
alter table app_user add column password_temporary boolean not null default false;
