package ru.praktika.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/**
 * Which charts a role sees, and each chart by its id. The coordinator and the observer see the whole region,
 * the head and the officer the same charts for their body (less the comparison of bodies), a municipality its
 * activities.
 */
@Service
@Transactional(readOnly = true)
public class DashboardCharts {

    static final List<String> REGION = List.of("reporting", "placement", "practice-categories", "practice-bodies",
            "published", "implementations", "roadmaps", "overdue", "results", "replications", "sources");
    static final List<String> BODY = REGION.stream().filter(id -> !id.equals("practice-bodies")).toList();
    static final List<String> MUNICIPALITY = List.of("municipal");

    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("reporting", List.of("reporting"));
        GROUPS.put("practices", List.of("placement", "practice-categories", "practice-bodies", "published"));
        GROUPS.put("adoption", List.of("implementations", "roadmaps", "overdue", "results"));
        GROUPS.put("map", List.of("replications", "sources"));
        GROUPS.put("municipal", List.of("municipal"));
    }

    private final Map<String, Function<ChartRequest, ChartData>> charts = new LinkedHashMap<>();

    DashboardCharts(ReportingCharts reporting, PracticeCharts practices, AdoptionCharts adoption, MapCharts maps) {
        charts.put("reporting", reporting::heatMap);
        charts.put("placement", practices::placement);
        charts.put("practice-categories", practices::byCategory);
        charts.put("practice-bodies", practices::byBody);
        charts.put("published", practices::published);
        charts.put("implementations", adoption::implementations);
        charts.put("roadmaps", adoption::roadmaps);
        charts.put("overdue", adoption::overdue);
        charts.put("results", adoption::results);
        charts.put("replications", maps::replications);
        charts.put("sources", maps::sources);
        charts.put("municipal", adoption::municipal);
    }

    /** The page's sections in order, each with the charts of it the user sees; empty sections left out. */
    static List<Group> groupsFor(CurrentUser user) {
        List<String> visible = visibleTo(user);
        return GROUPS.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().stream().filter(visible::contains).toList()))
                .filter(g -> !g.charts().isEmpty()).toList();
    }

    static List<String> visibleTo(CurrentUser user) {
        if (user.seesAllBodies()) {
            return REGION;
        }
        if (user.has(Role.OFFICER) || user.has(Role.HEAD)) {
            return BODY;
        }
        return user.has(Role.MUNICIPALITY) ? MUNICIPALITY : List.of();
    }

    /** A chart the user may see; an unknown id is "not found", a chart of another role's set is refused. */
    ChartData chart(String id, CurrentUser user, ChartRequest request) {
        Function<ChartRequest, ChartData> chart = charts.get(id);
        if (chart == null) {
            throw new NotFoundException("chart", id);
        }
        if (!visibleTo(user).contains(id)) {
            throw new ForbiddenException("chart " + id + " is not shown to this role");
        }
        return chart.apply(request);
    }

    /** A section of the page: its name (message {@code dashboard.section.<name>}) and its charts. */
    record Group(String name, List<String> charts) {
    }
}
