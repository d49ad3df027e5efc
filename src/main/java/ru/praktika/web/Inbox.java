package ru.praktika.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/**
 * "Ожидает меня": everything the modules have waiting for the acting person, grouped as the modules name it.
 * Read by the inbox page, the head's start page and the navigation's count ({@code @inbox}).
 */
@Component("inbox")
public class Inbox {

    private final List<WaitingWork> modules;

    Inbox(List<WaitingWork> modules) {
        this.modules = modules;
    }

    public List<Group> groups(CurrentUser user) {
        Map<String, List<WaitingItem>> byGroup = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (WaitingWork module : modules) {
            for (WaitingItem item : module.waitingFor(user)) {
                // one person may hold two roles that see the same thing (the coordinator is an officer too)
                if (seen.add(item.group() + "|" + item.link() + "|" + item.title())) {
                    byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
                }
            }
        }
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** How many things wait for the signed-in person: the badge in the navigation. */
    public int count() {
        return CurrentUsers.find().map(u -> groups(u).stream().mapToInt(g -> g.items().size()).sum()).orElse(0);
    }

    public record Group(String key, List<WaitingItem> items) {
    }
}
