package ru.praktika.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.reporting.ReportingSchedule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profile {@code national}: fills an empty database with a whole country's volume (issue 12) —
 * {@code praktika.national.scale} = 1.0 gives 25,000 catalogue practices, 3,000 own practices,
 * 2,000 implementations with 20 roadmap activities each, five years of quarterly reports of every body and
 * the audit trail of all of it — in one transaction of COPY statements. Runs after the demo users
 * (order 20) and before the demo data (order 40), which then finds its tables filled and adds nothing.
 * A database that already has practices, catalogue cards or reports is left as it is.
 */
@Component
@Profile("national")
@Order(35)
class NationalData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalData.class);

    /** Sequences moved past the ids the generator chose itself. */
    private static final List<String[]> SEQUENCES = List.of(new String[] {"app_user", "id"}, new String[] {"practice", "id"},
            new String[] {"placement_step", "id"}, new String[] {"criterion_evidence", "id"},
            new String[] {"practice_replication", "id"}, new String[] {"smarteka_snapshot", "id"},
            new String[] {"catalogue_practice", "id"}, new String[] {"practice_study", "id"},
            new String[] {"implementation", "id"}, new String[] {"result_indicator", "id"}, new String[] {"roadmap", "id"},
            new String[] {"roadmap_activity", "id"}, new String[] {"body_report", "id"}, new String[] {"report_version", "id"},
            new String[] {"revinfo", "rev"});

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ReportingSchedule schedule;
    private final PasswordEncoder encoder;
    private final JsonMapper json;
    private final Clock clock;
    private final double scale;
    private final long seed;
    private final int years;

    NationalData(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx, ReportingSchedule schedule,
                 PasswordEncoder encoder, JsonMapper json, Clock clock,
                 @Value("${praktika.national.scale:1.0}") double scale, @Value("${praktika.national.seed:494}") long seed,
                 @Value("${praktika.national.years:5}") int years) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.schedule = schedule;
        this.encoder = encoder;
        this.json = json;
        this.clock = clock;
        this.scale = scale;
        this.seed = seed;
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer filled = jdbc.queryForObject("select (select count(*) from practice) + (select count(*) from catalogue_practice)"
                + " + (select count(*) from body_report)", Integer.class);
        if (filled != null && filled > 0) {
            log.info("Профиль national: в базе уже есть практики или отчёты, данные не добавлены");
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> generate());
        log.info("Профиль national: данные созданы за {} с", String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    private void generate() {
        NationalWorld w = new NationalWorld(jdbc, scale, seed, LocalDate.now(clock), clock.getZone());
        NationalPeople people = new NationalPeople();
        people.create(w, jdbc, encoder.encode("Praktika-2026"));
        NationalCatalogue catalogue = new NationalCatalogue(w);
        NationalCatalogue.Card[] cards = catalogue.generate(w.count(25_000));
        NationalPractices practices = new NationalPractices(w);
        List<NationalPractices.Generated> own = practices.generate(w.count(3_000));
        NationalAdoption adoption = new NationalAdoption(w, json);
        List<NationalAdoption.Generated> implementations = adoption.generate(cards, w.count(2_000), 20, w.count(1_000));
        NationalReports reports = new NationalReports(w, json, jdbc);
        int reportCount = reports.generate(schedule, years, own, implementations);
        w.revisions.number();
        w.revisions.send(dataSource); // first: every audit row refers to its revision
        long rows = people.send(dataSource) + catalogue.send(dataSource) + practices.send(dataSource)
                + adoption.send(dataSource) + reports.send(dataSource);
        for (String[] s : SEQUENCES) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence('" + s[0] + "', '" + s[1] + "'), "
                    + "greatest(1, (select coalesce(max(" + s[1] + "), 0) from " + s[0] + ")))", Long.class);
        }
        log.info("Профиль national: {} карточек каталога, {} своих практик, {} внедрений, {} отчётов, {} ревизий журнала, {} строк",
                cards.length, own.size(), implementations.size(), reportCount, w.revisions.count(), rows + w.revisions.count());
    }
}
