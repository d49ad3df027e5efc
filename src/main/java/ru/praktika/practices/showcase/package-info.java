/**
 * The public showcase (issue 13, point 2): anonymous, read-only pages of the region's practices published on
 * Smarteka, with the card fields the region profile chooses; off unless the profile or
 * {@code praktika.showcase.enabled} turns it on.
 */
package ru.praktika.practices.showcase;
