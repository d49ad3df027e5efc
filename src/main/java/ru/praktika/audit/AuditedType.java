package ru.praktika.audit;

import java.util.function.Function;

/**
 * One kind of audited record, found in the persistence model (never listed by hand).
 *
 * @param key      the entity's simple class name: the bundle keys are {@code audit.entity.<key>} and
 *                 {@code audit.field.<key>.<attribute>}
 * @param auditTable its Envers table ({@code <table>_aud})
 * @param idColumn the id column in that table
 * @param parseId  turns the id read back as text into the id's Java type
 */
record AuditedType(String key, Class<?> entityClass, String auditTable, String idColumn, Function<String, Object> parseId) {
}
