package ru.praktika.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Municipality;
import ru.praktika.directory.ResponsibleBody;

/**
 * What changed in one record in one revision: its state then against its previous revision, field by
 * field, with Russian field names from the bundle (falling back to the attribute name).
 */
@Component
class ChangeReader {

    static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final List<String> LABEL_GETTERS = List.of("getFullName", "getName", "getTitle", "getShortName", "getUsername");

    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final MessageSource messages;
    private final Directory directory;
    private final Clock clock;

    ChangeReader(EntityManager em, EntityManagerFactory emf, MessageSource messages, Directory directory, Clock clock) {
        this.em = em;
        this.emf = emf;
        this.messages = messages;
        this.directory = directory;
        this.clock = clock;
    }

    String typeLabel(AuditedType type) {
        return message("audit.entity." + type.key(), type.key());
    }

    /** Must run inside a transaction: lazy references of historic states are read here. */
    List<AuditRow.FieldChange> read(AuditedType type, String recordId, long revision, String operation) {
        AuditReader reader = AuditReaderFactory.get(em);
        Object id = type.parseId().apply(recordId);
        Object now = state(reader, type, id, AuditEntity.revisionNumber().eq(revision));
        Object before = operation.equals("ADD") ? null
                : state(reader, type, id, AuditEntity.revisionNumber().lt(revision));
        if (operation.equals("DEL")) {
            // The deleted state is stored at deletion (store_data_at_delete): it is what was lost.
            before = now != null ? now : before;
            now = null;
        }
        List<AuditRow.FieldChange> result = new ArrayList<>();
        for (Field field : auditedFields(type.entityClass())) {
            Object oldValue = before == null ? null : raw(field, before);
            Object newValue = now == null ? null : raw(field, now);
            String old = before == null ? NONE : format(field, oldValue);
            String neu = now == null ? NONE : format(field, newValue);
            // Plain values compare as they are (two password changes within a minute still differ);
            // references and collections by what a person reads.
            boolean changed = simple(oldValue) && simple(newValue) ? !Objects.equals(oldValue, newValue)
                    : !Objects.equals(old, neu);
            if (changed) {
                result.add(new AuditRow.FieldChange(field.getName(),
                        message("audit.field." + type.key() + "." + field.getName(), field.getName()), old, neu));
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
    private List<Field> auditedFields(Class<?> entity) {
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

    private String format(Field field, Object value) {
        if (value == null) {
            return NONE;
        }
        // References by id to the directory, the convention of every module: show the name, not the number.
        if (value instanceof Long ref && field.getName().equals("bodyId")) {
            return directory.bodies().stream().filter(b -> b.getId().equals(ref)).map(ResponsibleBody::getShortName)
                    .findFirst().orElse(ref.toString());
        }
        if (value instanceof Long ref && field.getName().equals("municipalityId")) {
            return directory.municipalities().stream().filter(m -> m.getId().equals(ref)).map(Municipality::getName)
                    .findFirst().orElse(ref.toString());
        }
        return formatValue(value);
    }

    private String formatValue(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof String s) {
            return s.isEmpty() ? NONE : s;
        }
        if (value instanceof Boolean b) {
            return message(b ? "audit.value.yes" : "audit.value.no", b.toString());
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(clock.getZone()));
        }
        if (value instanceof OffsetDateTime d) {
            return DATE_TIME.format(d.atZoneSameInstant(clock.getZone()));
        }
        if (value instanceof ZonedDateTime d) {
            return DATE_TIME.format(d.withZoneSameInstant(clock.getZone()));
        }
        if (value instanceof LocalDateTime d) {
            return DATE_TIME.format(d);
        }
        if (value instanceof Enum<?> e) {
            String simple = e.getDeclaringClass().getSimpleName();
            String lowered = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            return message("audit.value." + simple + "." + e.name(), message(lowered + "." + e.name(), e.name()));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? NONE : map.entrySet().stream()
                    .map(en -> formatValue(en.getKey()) + ": " + formatValue(en.getValue()))
                    .sorted().collect(Collectors.joining("; "));
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? NONE : c.stream().map(this::formatValue).sorted().collect(Collectors.joining(", "));
        }
        if (isEntity(value)) {
            return entityLabel(value);
        }
        return value.toString();
    }

    private boolean isEntity(Object value) {
        return Hibernate.getClass(value).isAnnotationPresent(Entity.class);
    }

    /** A referenced record by its name when it has one, else by its number. */
    private String entityLabel(Object value) {
        try {
            Object real = Hibernate.unproxy(value);
            for (String getter : LABEL_GETTERS) {
                try {
                    Method m = real.getClass().getMethod(getter);
                    Object label = m.invoke(real);
                    if (label != null) {
                        return label.toString();
                    }
                } catch (NoSuchMethodException ignored) {
                    // try the next usual name
                }
            }
            Object id = emf.getPersistenceUnitUtil().getIdentifier(real);
            return "№ " + id;
        } catch (RuntimeException | ReflectiveOperationException e) {
            // A reference to a record that no longer exists in any revision: say so by number if we can.
            return "№ ?";
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
