-- Cl. 6: municipalities may propose practices to a body until the body closes that door (the proposals
-- flow of the practices module reads this setting).
alter table municipal_settings alter column municipalities_propose set default true;
