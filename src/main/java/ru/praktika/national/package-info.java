/**
 * The national-scale data set (issue 12): profile {@code national} fills an empty database with a whole
 * country's volume of catalogue practices, own practices, implementations with roadmaps, five years of
 * quarterly reports and their audit trail, through PostgreSQL COPY in well under two minutes. The rows are
 * ordinary data, written as the real flows would leave them; nobody depends on this module.
 */
package ru.praktika.national;
