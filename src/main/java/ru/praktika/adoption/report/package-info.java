/**
 * The rows of section 2 of the quarterly report (cl. 7.2), behind {@code adoption.ImplementationsForReport}.
 */
package ru.praktika.adoption.report;
