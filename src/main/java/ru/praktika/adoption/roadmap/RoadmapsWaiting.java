package ru.praktika.adoption.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationRepository;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/** Roadmaps waiting for the head's approval (cl. 5.3) and overdue activities waiting for the body's officer. */
@Component
@Order(20)
class RoadmapsWaiting implements WaitingWork {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final ImplementationRepository implementations;
    private final Implementations titles;
    private final RoadmapRepository roadmaps;
    private final MessageSource messages;
    private final Clock clock;

    RoadmapsWaiting(ImplementationRepository implementations, Implementations titles, RoadmapRepository roadmaps,
                    MessageSource messages, Clock clock) {
        this.implementations = implementations;
        this.titles = titles;
        this.roadmaps = roadmaps;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingFor(CurrentUser user) {
        boolean head = user.has(Role.HEAD);
        boolean officer = user.has(Role.OFFICER);
        if (user.bodyId() == null || !(head || officer)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<WaitingItem> toApprove = new ArrayList<>();
        List<WaitingItem> overdue = new ArrayList<>();
        // three queries whatever the number of implementations: the body's, their roadmaps with activities, titles
        List<Implementation> active = implementations.findByBodyIdOrderByIdDesc(user.bodyId()).stream()
                .filter(Implementation::isActive).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, Roadmap> byImplementation = new HashMap<>();
        roadmaps.findByImplementationIdIn(active.stream().map(Implementation::getId).toList())
                .forEach(r -> byImplementation.put(r.getImplementationId(), r));
        Map<Long, String> practiceTitles = titles.titles(active);
        for (Implementation i : active) {
            Roadmap r = byImplementation.get(i.getId());
            if (r == null) {
                continue;
            }
            String practice = practiceTitles.get(i.getId());
            if (head && !r.isApproved() && !r.getActivities().isEmpty()) {
                toApprove.add(new WaitingItem("adoption.waiting.toApprove", practice,
                        messages.getMessage("adoption.waiting.toApprove.detail", new Object[] {r.getActivities().size()}, RU),
                        "/adoption/roadmaps/" + r.getId(), r.getStartDate(), false));
            }
            if (officer && r.isApproved()) {
                r.getActivities().stream().filter(a -> a.isOverdue(today)).forEach(a -> overdue.add(new WaitingItem(
                        "adoption.waiting.overdue", a.getTitle(),
                        messages.getMessage("adoption.waiting.overdue.detail", new Object[] {practice, DATE.format(a.getDueDate())}, RU),
                        "/adoption/roadmaps/" + r.getId(), a.getDueDate(), true)));
            }
        }
        toApprove.addAll(overdue);
        return toApprove;
    }
}
