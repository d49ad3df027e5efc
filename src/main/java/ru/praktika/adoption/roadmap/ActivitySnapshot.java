package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An activity as a version shows it: names instead of ids, so an old version reads as it was. */
record ActivitySnapshot(String number, String title, LocalDate startDate, LocalDate dueDate, String responsibleBody,
                        String responsiblePerson, String coExecutors, String municipality, String expectedResult,
                        String indicator, String targetValue, int weight, String status, LocalDate actualDate,
                        String actualResult, String comment, String missExplanation) {

    /** Field label key → value, in the order the page lists them. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("adoption.activity.title", title);
        f.put("adoption.activity.startDate", startDate);
        f.put("adoption.activity.dueDate", dueDate);
        f.put("adoption.activity.responsibleBody", responsibleBody);
        f.put("adoption.activity.responsiblePerson", responsiblePerson);
        f.put("adoption.activity.coExecutors", coExecutors);
        f.put("adoption.activity.municipality", municipality);
        f.put("adoption.activity.expectedResult", expectedResult);
        f.put("adoption.activity.indicator", indicator);
        f.put("adoption.activity.targetValue", targetValue);
        f.put("adoption.activity.weight", weight);
        f.put("adoption.activity.status", status);
        f.put("adoption.activity.actualDate", actualDate);
        f.put("adoption.activity.actualResult", actualResult);
        f.put("adoption.activity.comment", comment);
        f.put("adoption.activity.missExplanation", missExplanation);
        return f;
    }

    /** What differs between two versions of the same activity. */
    List<FieldChange> changesTo(ActivitySnapshot newer) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Object> mine = fields();
        Map<String, Object> theirs = newer.fields();
        mine.forEach((key, old) -> {
            Object now = theirs.get(key);
            if (!Objects.equals(blank(old), blank(now))) {
                changes.add(new FieldChange(key, old, now));
            }
        });
        return changes;
    }

    private static Object blank(Object o) {
        return o instanceof String s && s.isBlank() ? null : o;
    }

    record FieldChange(String fieldKey, Object before, Object after) {
    }
}
