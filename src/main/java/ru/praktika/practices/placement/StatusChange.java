package ru.praktika.practices.placement;

import java.time.LocalDate;

/**
 * A requested move of the placement application. {@code checkedUrl} is the Smarteka link after
 * {@link SmartekaLink#check} (null when none was given).
 */
public record StatusChange(String target, String comment, LocalDate date, String applicationNumber, String checkedUrl) {
}
