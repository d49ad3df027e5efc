package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first draft of a roadmap from the practice's algorithm (cl. 5.3): one activity per step, one after
 * another from the start date. A step may say how long it takes at its end — "(45 дней)", "(2 нед.)",
 * "(3 мес.)"; otherwise it takes {@link #DEFAULT_DAYS} days.
 */
final class RoadmapTemplate {

    static final int DEFAULT_DAYS = 30;
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+[.)]|[-–•*])\\s*");
    private static final Pattern DURATION = Pattern.compile(
            "\\s*[(\\[]\\s*(\\d{1,3})\\s*(дн[а-я]*|день|нед[а-я]*|мес[а-я]*)\\.?\\s*[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RoadmapTemplate() {
    }

    static List<ActivityPlan> fromSteps(List<String> steps, LocalDate start, Long bodyId) {
        List<ActivityPlan> plans = new ArrayList<>();
        LocalDate from = start;
        int n = 1;
        for (String raw : steps) {
            String step = NUMBERING.matcher(raw).replaceFirst("");
            int days = DEFAULT_DAYS;
            Matcher m = DURATION.matcher(step);
            if (m.find()) {
                int count = Integer.parseInt(m.group(1));
                String unit = m.group(2).toLowerCase();
                days = unit.startsWith("нед") ? count * 7 : unit.startsWith("мес") ? count * 30 : count;
                step = step.substring(0, m.start());
            }
            if (step.isBlank()) {
                continue;
            }
            LocalDate due = from.plusDays(Math.max(days, 1) - 1L);
            plans.add(new ActivityPlan(String.valueOf(n++), truncate(step.strip(), 1000), from, due, bodyId, null,
                    null, null, null, null, null, 1));
            from = due.plusDays(1);
        }
        return plans;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
