package ru.praktika.adoption.implementation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the status reference tables once (they change only by migration) and answers names and rules.
 * Templates use it as {@code @adoptionStatuses}.
 */
@Component("adoptionStatuses")
public class Statuses implements StatusRules {

    private final JdbcTemplate jdbc;
    private volatile Map<String, ImplementationStatusRow> implementation;
    private volatile Map<String, String> activity;
    private volatile Set<String> transitions;

    Statuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ImplementationStatusRow(String code, String name, boolean finalStatus, boolean needsReason) {
    }

    private void load() {
        if (implementation != null) {
            return;
        }
        Map<String, ImplementationStatusRow> impl = new LinkedHashMap<>();
        jdbc.query("select code, name, final, needs_reason from implementation_status order by sort_order",
                rs -> {
                    impl.put(rs.getString(1), new ImplementationStatusRow(rs.getString(1), rs.getString(2),
                            rs.getBoolean(3), rs.getBoolean(4)));
                });
        Map<String, String> act = new LinkedHashMap<>();
        jdbc.query("select code, name from activity_status order by sort_order", rs -> {
            act.put(rs.getString(1), rs.getString(2));
        });
        Set<String> tr = new HashSet<>();
        jdbc.query("select from_code, to_code from implementation_transition", rs -> {
            tr.add(rs.getString(1) + ">" + rs.getString(2));
        });
        activity = act;
        transitions = tr;
        implementation = impl;
    }

    @Override
    public boolean allowed(String from, String to) {
        load();
        return transitions.contains(from + ">" + to);
    }

    @Override
    public boolean needsReason(String to) {
        load();
        ImplementationStatusRow row = implementation.get(to);
        return row != null && row.needsReason();
    }

    public String name(String code) {
        load();
        ImplementationStatusRow row = implementation.get(code);
        return row == null ? code : row.name();
    }

    public String activityName(String code) {
        load();
        return activity.getOrDefault(code, code);
    }

    public List<String> activityCodes() {
        load();
        return List.copyOf(activity.keySet());
    }

    public List<String> implementationCodes() {
        load();
        return List.copyOf(implementation.keySet());
    }

    /** Statuses reachable from {@code from} by hand (the ones the workflow sets itself are left out). */
    public List<String> manualTargets(String from) {
        load();
        return implementation.keySet().stream()
                .filter(to -> allowed(from, to))
                .filter(to -> Set.of(ImplementationStatus.IN_PROGRESS, ImplementationStatus.IMPLEMENTED,
                        ImplementationStatus.SUSPENDED, ImplementationStatus.CANCELLED).contains(to))
                .toList();
    }
}
