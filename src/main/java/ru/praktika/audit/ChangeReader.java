package ru.praktika.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What changed in one record in one revision: its state then against its previous revision, field by
 * field, with Russian field names from the bundle (falling back to the attribute name).
 */
@Component
class ChangeReader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeReader.class);

    /** The product speaks Russian only; rows are also read outside a request (the export, tests). */
    private static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru-RU");
    static final String NONE = ValueText.NONE;

    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final MessageSource messages;
    private final ValueText values;

    ChangeReader(EntityManager em, EntityManagerFactory emf, MessageSource messages, ValueText values) {
        this.em = em;
        this.emf = emf;
        this.messages = messages;
        this.values = values;
    }

    String typeLabel(AuditedType type) {
        return message("audit.entity." + type.key(), type.key());
    }

    /** The bundle key of a field name: {@code audit.field.<type>.<attribute>}. */
    static String fieldKey(AuditedType type, Field field) {
        return "audit.field." + type.key() + "." + field.getName();
    }

    String fieldLabel(AuditedType type, Field field) {
        return message(fieldKey(type, field), field.getName());
    }

    /**
     * As {@link #read}, but a record whose history cannot be read shows that in its row instead of failing
     * the whole journal page or export.
     */
    List<AuditRow.FieldChange> readSafely(AuditedType type, String recordId, long revision, String operation) {
        try {
            return read(type, recordId, revision, operation);
        } catch (RuntimeException e) {
            log.warn("Audit row {} {} rev {} unreadable: {}", type.key(), recordId, revision, e.toString());
            return List.of(new AuditRow.FieldChange("", message("audit.unreadable", "?"), NONE, NONE));
        }
    }

    /** Must run inside a transaction: lazy references of historic states are read here. */
    List<AuditRow.FieldChange> read(AuditedType type, String recordId, long revision, String operation) {
        AuditReader reader = AuditReaderFactory.get(em);
        Object id = type.parseId().apply(recordId);
        Object now = state(reader, type, id, AuditEntity.revisionNumber().eq(revision));
        Object before = operation.equals("ADD") ? null
                : state(reader, type, id, AuditEntity.revisionNumber().lt(revision));
        return diff(type, now, before, operation);
    }

    /**
     * The states of several records of one type up to a revision, in one query: by record id, the states in
     * revision order ({@code [revision, state]}). A page of the journal reads each type it shows once this way
     * instead of two queries per row.
     */
    Map<Object, List<Object[]>> states(AuditedType type, Collection<Object> ids, long upToRevision) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<?> found = reader.createQuery()
                // entities only: loading the revision entities would read their modified-entity names one
                // revision at a time; the revision numbers come from the audit table in revision order below
                .forRevisionsOfEntity(type.entityClass(), true, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().le(upToRevision))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, List<Object[]>> byId = new HashMap<>();
        Map<String, Set<Long>> references = new HashMap<>();
        List<Field> fields = auditedFields(type.entityClass());
        // Table and column names come from the persistence model, never from the request.
        Map<String, java.util.Iterator<Long>> revisions = new HashMap<>();
        List<?> pairs = em.createNativeQuery("select cast(" + type.idColumn() + " as varchar), rev from "
                        + type.auditTable() + " where rev <= :rev and cast(" + type.idColumn() + " as varchar) in (:ids)"
                        + " order by rev")
                .setParameter("rev", upToRevision)
                .setParameter("ids", ids.stream().map(String::valueOf).toList()).getResultList();
        Map<String, List<Long>> revsOf = new HashMap<>();
        for (Object p : pairs) {
            Object[] pair = (Object[]) p;
            revsOf.computeIfAbsent((String) pair[0], k -> new ArrayList<>()).add(((Number) pair[1]).longValue());
        }
        revsOf.forEach((k, v) -> revisions.put(k, v.iterator()));
        for (Object state : found) {
            Object id = emf.getPersistenceUnitUtil().getIdentifier(state);
            java.util.Iterator<Long> next = revisions.get(String.valueOf(id));
            if (next == null || !next.hasNext()) {
                throw new IllegalStateException("audit states and revisions of " + type.key() + " " + id + " differ");
            }
            long rev = next.next();
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Object[] {rev, state});
            for (Field f : fields) {
                if (raw(f, state) instanceof Long ref && f.getName().endsWith("Id") && f.getName().length() > 2) {
                    references.computeIfAbsent(f.getName().substring(0, f.getName().length() - 2), k -> new HashSet<>())
                            .add(ref);
                }
            }
        }
        references.forEach(values::prefetch);
        return byId;
    }

    /** As {@link #read} from states read by {@link #states}; an unreadable row shows that instead of failing. */
    List<AuditRow.FieldChange> readSafely(AuditedType type, List<Object[]> history, long revision, String operation) {
        try {
            Object now = null;
            Object before = null;
            for (Object[] h : history == null ? List.<Object[]>of() : history) {
                long rev = (Long) h[0];
                if (rev == revision) {
                    now = h[1];
                } else if (rev < revision) {
                    before = h[1];
                }
            }
            return diff(type, now, operation.equals("ADD") ? null : before, operation);
        } catch (RuntimeException e) {
            log.warn("Audit row {} rev {} unreadable: {}", type.key(), revision, e.toString());
            return List.of(new AuditRow.FieldChange("", message("audit.unreadable", "?"), NONE, NONE));
        }
    }

    private List<AuditRow.FieldChange> diff(AuditedType type, Object now, Object before, String operation) {
        if (operation.equals("DEL")) {
            // The deleted state is stored at deletion (store_data_at_delete): it is what was lost.
            before = now != null ? now : before;
            now = null;
        }
        List<AuditRow.FieldChange> result = new ArrayList<>();
        for (Field field : auditedFields(type.entityClass())) {
            Object oldValue = before == null ? null : raw(field, before);
            Object newValue = now == null ? null : raw(field, now);
            String old = before == null ? NONE : values.of(type.entityClass(), field, oldValue);
            String neu = now == null ? NONE : values.of(type.entityClass(), field, newValue);
            // Plain values compare as they are (two password changes within a minute still differ);
            // references and collections by what a person reads.
            // An empty text and no text read alike (— → —): not a change anyone can see.
            boolean changed = !Objects.equals(old, neu)
                    || (simple(oldValue) && simple(newValue) && !Objects.equals(oldValue, newValue) && !NONE.equals(old));
            if (changed) {
                result.add(new AuditRow.FieldChange(field.getName(), fieldLabel(type, field), old, neu));
            }
        }
        return result;
    }

    private Object state(AuditReader reader, AuditedType type, Object id,
                         org.hibernate.envers.query.criteria.AuditCriterion revision) {
        List<?> found = reader.createQuery()
                .forRevisionsOfEntity(type.entityClass(), true, true)
                .add(AuditEntity.id().eq(id))
                .add(revision)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Persistent, audited fields in declaration order; ids, versions and @NotAudited ones are left out. */
    List<Field> auditedFields(Class<?> entity) {
        Set<String> persistent = emf.getMetamodel().entity(entity).getAttributes().stream()
                .map(Attribute::getName).collect(Collectors.toSet());
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !persistent.contains(f.getName())
                        || f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(Version.class)
                        || f.isAnnotationPresent(NotAudited.class) || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }

    private static Object raw(Field field, Object entity) {
        try {
            return field.get(Hibernate.unproxy(entity));
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static boolean simple(Object value) {
        return value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.Temporal || value instanceof Enum<?>;
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, RU);
    }
}
