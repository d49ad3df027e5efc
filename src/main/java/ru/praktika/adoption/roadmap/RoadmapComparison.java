package ru.praktika.adoption.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two versions of a roadmap, activity by activity (matched by number). */
record RoadmapComparison(int from, int to, List<ActivitySnapshot> added, List<ActivitySnapshot> removed,
                         List<ChangedActivity> changed) {

    record ChangedActivity(String number, String title, List<ActivitySnapshot.FieldChange> changes) {
    }

    static RoadmapComparison of(int from, List<ActivitySnapshot> older, int to, List<ActivitySnapshot> newer) {
        Map<String, ActivitySnapshot> before = new LinkedHashMap<>();
        older.forEach(a -> before.put(a.number(), a));
        Map<String, ActivitySnapshot> after = new LinkedHashMap<>();
        newer.forEach(a -> after.put(a.number(), a));
        List<ActivitySnapshot> added = new ArrayList<>();
        List<ChangedActivity> changed = new ArrayList<>();
        after.forEach((number, now) -> {
            ActivitySnapshot old = before.get(number);
            if (old == null) {
                added.add(now);
            } else {
                List<ActivitySnapshot.FieldChange> changes = old.changesTo(now);
                if (!changes.isEmpty()) {
                    changed.add(new ChangedActivity(number, now.title(), changes));
                }
            }
        });
        List<ActivitySnapshot> removed = before.entrySet().stream()
                .filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new RoadmapComparison(from, to, added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
