package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A Gantt-like view: each activity as a bar placed in percent of the roadmap's span. */
record Timeline(LocalDate from, LocalDate to, List<Bar> bars, int todayOffset) {

    record Bar(RoadmapActivity activity, int offset, int width, boolean overdue) {

        /** A CSS class for the bar's position (CSP forbids inline styles): tl-o-NN and tl-w-NN in steps of 1%. */
        public String css() {
            return "tl-o-" + offset + " tl-w-" + Math.max(width, 1);
        }
    }

    static Timeline of(Roadmap r, LocalDate today) {
        LocalDate from = r.getActivities().stream().map(a -> a.getStartDate() == null ? a.getDueDate() : a.getStartDate())
                .min(LocalDate::compareTo).orElse(r.getStartDate());
        LocalDate to = r.lastDueDate();
        long span = Math.max(ChronoUnit.DAYS.between(from, to) + 1, 1);
        List<Bar> bars = r.getActivities().stream().map(a -> {
            LocalDate start = a.getStartDate() == null ? a.getDueDate() : a.getStartDate();
            int offset = (int) (ChronoUnit.DAYS.between(from, start) * 100 / span);
            int width = (int) ((ChronoUnit.DAYS.between(start, a.getDueDate()) + 1) * 100 / span);
            return new Bar(a, clamp(offset, 0, 99), clamp(width, 1, 100 - clamp(offset, 0, 99)), a.isOverdue(today));
        }).toList();
        int todayOffset = (int) (ChronoUnit.DAYS.between(from, today) * 100 / span);
        return new Timeline(from, to, bars, todayOffset < 0 || todayOffset > 100 ? -1 : todayOffset);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
