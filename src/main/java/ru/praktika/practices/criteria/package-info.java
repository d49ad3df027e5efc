/**
 * The criteria of cl. 4.1: evidence of б)–г) per practice, criterion а) recorded once for the region, and the
 * region's rule that decides whether a practice may be submitted.
 */
package ru.praktika.practices.criteria;
