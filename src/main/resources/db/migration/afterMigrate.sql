-- Runs after every migration: makes every audit table append-only, including those added by later modules.
do $$
declare t text;
begin
    for t in select table_name from information_schema.tables
             where table_schema = current_schema()
               and (table_name like '%\_aud' or table_name in ('revinfo', 'revchanges')) loop
        execute format('drop trigger if exists audit_append_only on %I', t);
        execute format('create trigger audit_append_only before update or delete on %I for each row execute function audit_append_only()', t);
        execute format('drop trigger if exists audit_no_truncate on %I', t);
        execute format('create trigger audit_no_truncate before truncate on %I for each statement execute function audit_append_only()', t);
    end loop;
end
$$;
