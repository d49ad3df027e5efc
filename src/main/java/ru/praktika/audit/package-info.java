/**
 * The audit trail: every change of business data, who, when, old → new (Hibernate Envers), append-only; the audit page and its export.
 */
package ru.praktika.audit;
