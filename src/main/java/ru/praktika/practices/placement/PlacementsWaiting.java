package ru.praktika.practices.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/**
 * Placement cards waiting for someone: the head sees cards "готова к подаче" when the region's rule wants the
 * head before submission; the officer sees cards Smarteka returned for rework. One statement reads only those
 * cards with the last step's comment (it loaded every card of the body with its indicators, then a step per
 * returned card).
 */
@Component
@Order(30)
class PlacementsWaiting implements WaitingWork {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    PlacementsWaiting(NamedParameterJdbcTemplate jdbc, Directory directory, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingFor(CurrentUser user) {
        List<WaitingItem> items = new ArrayList<>();
        if (user.bodyId() == null) {
            return items;
        }
        boolean head = user.has(Role.HEAD) && directory.region().isPlacementNeedsHead();
        boolean officer = user.has(Role.OFFICER);
        if (!head && !officer) {
            return items;
        }
        List<Waiting> own = jdbc.query("""
                select p.id, p.title, p.status, p.updated_at,
                       case when p.status = :returned then (select s.comment from placement_step s where s.practice_id = p.id
                                                            order by s.at desc, s.id desc limit 1) end as last_comment
                from practice p where p.body_id = :body and p.status in (:ready, :returned) order by p.id""",
                new MapSqlParameterSource("body", user.bodyId()).addValue("ready", PlacementWorkflow.READY)
                        .addValue("returned", PlacementWorkflow.RETURNED),
                (rs, n) -> new Waiting(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
                        rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("last_comment")));
        if (head) {
            own.stream().filter(p -> PlacementWorkflow.READY.equals(p.status()))
                    .forEach(p -> items.add(item("practices.waiting.ready", p, text("practices.waiting.ready.detail"))));
        }
        if (officer) {
            own.stream().filter(p -> PlacementWorkflow.RETURNED.equals(p.status()))
                    .forEach(p -> items.add(item("practices.waiting.returned", p, p.lastComment())));
        }
        return items;
    }

    private WaitingItem item(String group, Waiting p, String detail) {
        return new WaitingItem(group, p.title(), detail, "/practices/" + p.id(),
                p.updatedAt() == null ? null : p.updatedAt().atZone(clock.getZone()).toLocalDate(), false);
    }

    private record Waiting(long id, String title, String status, Instant updatedAt, String lastComment) {
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }
}
