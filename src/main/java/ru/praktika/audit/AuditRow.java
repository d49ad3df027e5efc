package ru.praktika.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One change of one record in one revision, as the journal shows it.
 *
 * @param time      when, on the region's clock (the server may run in another zone)
 * @param operation ADD, MOD or DEL (Envers' revision type); its Russian name is {@code audit.operation.*}
 */
public record AuditRow(long revision, Instant at, LocalDateTime time, String username, String userFullName, String bodyName,
                       String typeKey, String typeLabel, String recordId, String operation, List<FieldChange> changes) {

    /** One field: its Russian name, the value before and after ("—" for none). */
    public record FieldChange(String attribute, String label, String before, String after) {
    }
}
