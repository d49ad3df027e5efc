/**
 * Cl. 5.3, the roadmap of an implementation: activities, approval by the head of the body, versions, the
 * timeline, the XLSX sheet and the daily announcement of overdue activities.
 */
package ru.praktika.adoption.roadmap;
