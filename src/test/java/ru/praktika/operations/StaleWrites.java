package ru.praktika.operations;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the database lose the race for one row, as when another instance commits between a form's read and
 * its write: a trigger skips the update of that row, so Hibernate sees 0 rows updated at flush (a stale
 * version) exactly as in production. Nothing of this is in the product's schema: it lives in a test schema.
 */
final class StaleWrites implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final long id;

    private StaleWrites(JdbcTemplate jdbc, String table, long id) {
        this.jdbc = jdbc;
        this.table = table;
        this.id = id;
    }

    static StaleWrites on(JdbcTemplate jdbc, String table, long id) {
        jdbc.execute("create schema if not exists test_support");
        jdbc.execute("create table if not exists test_support.stale_row (table_name text, row_id bigint, "
                + "primary key (table_name, row_id))");
        jdbc.execute("""
                create or replace function test_support.skip_stale_row() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from test_support.stale_row where table_name = TG_TABLE_NAME and row_id = old.id) then
                    return null;
                  end if;
                  return new;
                end $$""");
        jdbc.execute("drop trigger if exists stale_row on " + table);
        jdbc.execute("create trigger stale_row before update on " + table
                + " for each row execute function test_support.skip_stale_row()");
        jdbc.update("insert into test_support.stale_row values (?, ?) on conflict do nothing", table, id);
        return new StaleWrites(jdbc, table, id);
    }

    @Override
    public void close() {
        jdbc.update("delete from test_support.stale_row where table_name = ? and row_id = ?", table, id);
        jdbc.execute("drop trigger if exists stale_row on " + table);
    }
}
