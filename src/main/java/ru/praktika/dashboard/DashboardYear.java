package ru.praktika.dashboard;

/** The year filter: absent = this year, {@code all} (or anything unreadable) = every year. */
final class DashboardYear {

    static final String ALL = "all";

    private DashboardYear() {
    }

    static Integer parse(String value, int thisYear) {
        if (value == null || value.isBlank()) {
            return thisYear;
        }
        if (!value.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(value);
        return year >= 2000 && year <= thisYear + 1 ? year : null;
    }
}
