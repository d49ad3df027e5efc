package ru.praktika.adoption.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.catalogue.Catalogue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.praktika.adoption.implementation.ImplementationStatus;
import ru.praktika.adoption.municipal.MunicipalWork;
import ru.praktika.adoption.roadmap.ActivityStatus;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.platform.security.CurrentUser;

/**
 * The home page widget of the module: {@code ${@adoptionHome.summary(me)}} in home.html. Active
 * implementations and their overdue activities are counted by the database in one statement (loading every
 * implementation and then its roadmap cost two statements per implementation on the coordinator's home).
 */
@Component("adoptionHome")
class AdoptionHome {

    private static final int SUGGESTIONS = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final Catalogue catalogue;
    private final MunicipalWork municipal;
    private final Clock clock;

    AdoptionHome(NamedParameterJdbcTemplate jdbc, Directory directory, Catalogue catalogue, MunicipalWork municipal,
                 Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.catalogue = catalogue;
        this.municipal = municipal;
        this.clock = clock;
    }

    record Summary(long active, long overdue, long catalogueSize, List<Catalogue.PracticeRow> suggestions,
                   long municipalActivities) {
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser me) {
        LocalDate today = LocalDate.now(clock);
        if (me.municipalityId() != null) {
            return new Summary(0, 0, catalogue.count(), List.of(), municipal.mine().size());
        }
        return summaryOf(me, today);
    }

    /**
     * Active implementations the user sees, the overdue activities of their roadmaps (as Roadmap.overdueCount),
     * the catalogue's size and the practices suggested to the body, in one statement: the counts on every row
     * of the suggestions (one row of counts and nulls when there is none to suggest).
     */
    private Summary summaryOf(CurrentUser me, LocalDate today) {
        List<Long> categories = me.bodyId() == null ? List.of()
                : directory.categoriesOf(me.bodyId(), today).stream().map(Category::getId).toList();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today)
                .addValue("closed", List.of(ImplementationStatus.IMPLEMENTED, ImplementationStatus.CANCELLED))
                .addValue("finished", List.of(ActivityStatus.DONE, ActivityStatus.CANCELLED))
                .addValue("body", me.bodyId()).addValue("categories", categories.isEmpty() ? List.of(-1L) : categories)
                .addValue("limit", categories.isEmpty() ? 0 : SUGGESTIONS);
        String scope = me.seesAllBodies() ? "" : me.bodyId() == null ? " and false" : " and i.body_id = :body";
        long[] counts = new long[3];
        List<Catalogue.PracticeRow> suggestions = new ArrayList<>();
        jdbc.query("""
                with counts as (
                  select (select count(*) from implementation i where i.status_code not in (:closed)%1$s) as active,
                         (select count(*) from roadmap_activity a join roadmap r on r.id = a.roadmap_id
                            join implementation i on i.id = r.implementation_id
                          where i.status_code not in (:closed)%1$s
                            and a.status_code not in (:finished) and a.due_date < :today) as overdue,
                         (select count(*) from catalogue_practice) as catalogue),
                suggested as (%2$s)
                select counts.active, counts.overdue, counts.catalogue, s.* from counts left join suggested s on true
                """.formatted(scope, Catalogue.SUGGESTIONS), p, rs -> {
                    counts[0] = rs.getLong("active");
                    counts[1] = rs.getLong("overdue");
                    counts[2] = rs.getLong("catalogue");
                    if (rs.getObject("id") != null) {
                        suggestions.add(Catalogue.suggestion(rs));
                    }
                });
        return new Summary(counts[0], counts[1], counts[2], suggestions, 0);
    }
}
