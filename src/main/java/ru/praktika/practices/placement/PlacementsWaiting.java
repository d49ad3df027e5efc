package ru.praktika.practices.placement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeRepository;

/**
 * Placement cards waiting for someone: the head sees cards "готова к подаче" when the region's rule wants the
 * head before submission; the officer sees cards Smarteka returned for rework.
 */
@Component
@Order(30)
class PlacementsWaiting implements WaitingWork {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    PlacementsWaiting(PracticeRepository practices, PlacementStepRepository steps, Directory directory,
                      MessageSource messages, Clock clock) {
        this.practices = practices;
        this.steps = steps;
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
        List<Practice> own = practices.findByBodyId(user.bodyId());
        if (user.has(Role.HEAD) && directory.region().isPlacementNeedsHead()) {
            own.stream().filter(p -> PlacementWorkflow.READY.equals(p.getStatus()))
                    .forEach(p -> items.add(item("practices.waiting.ready", p, text("practices.waiting.ready.detail"))));
        }
        if (user.has(Role.OFFICER)) {
            own.stream().filter(p -> PlacementWorkflow.RETURNED.equals(p.getStatus()))
                    .forEach(p -> items.add(item("practices.waiting.returned", p, lastComment(p))));
        }
        return items;
    }

    private WaitingItem item(String group, Practice p, String detail) {
        return new WaitingItem(group, p.getTitle(), detail, "/practices/" + p.getId(),
                p.getUpdatedAt() == null ? null : p.getUpdatedAt().atZone(clock.getZone()).toLocalDate(), false);
    }

    /** Why Smarteka returned it, as the last step says. */
    private String lastComment(Practice p) {
        return steps.findFirstByPracticeIdOrderByAtDescIdDesc(p.getId()).map(PlacementStep::getComment).orElse(null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }
}
