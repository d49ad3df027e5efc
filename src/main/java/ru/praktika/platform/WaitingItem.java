package ru.praktika.platform;

import java.time.LocalDate;

/**
 * One thing waiting for a person: its group (a message key, e.g. "reports to sign"), what it is, a line of
 * detail, where to act, the date it counts from (a deadline or the day it arrived; may be null) and whether
 * it is already late.
 */
public record WaitingItem(String group, String title, String detail, String link, LocalDate date, boolean late) {
}
