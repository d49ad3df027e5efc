package ru.praktika.audit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Municipality;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.platform.StatusReference;

/**
 * A field value as a person reads it in the journal: references by name, status codes by their Russian
 * names from the status tables, embedded values and collections as text, stored JSON as a short note.
 */
@Component
class ValueText {

    /** The product speaks Russian only; rows are also read outside a request (the export, tests). */
    private static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru-RU");
    static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final List<String> LABEL_GETTERS = List.of("getTitle", "getFullName", "getName", "getShortName",
            "getUsername");

    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final MessageSource messages;
    private final Directory directory;
    private final Clock clock;
    private volatile List<Class<?>> statusTables;

    ValueText(EntityManager em, EntityManagerFactory emf, MessageSource messages, Directory directory, Clock clock) {
        this.em = em;
        this.emf = emf;
        this.messages = messages;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Names of bodies and municipalities, read once per web request (a journal page or export names them in
     * every row; each value used to read the whole directory list again); outside a request, every time.
     */
    @SuppressWarnings("unchecked")
    private <T> T perRequest(String key, java.util.function.Supplier<T> load) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        String attribute = ValueText.class.getName() + "." + key;
        Object cached = request.getAttribute(attribute, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return (T) cached;
        }
        T value = load.get();
        request.setAttribute(attribute, value, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return value;
    }

    /** Short names of the bodies by id, once per request. */
    Map<Long, String> bodyNames() {
        return perRequest("bodies", () -> directory.bodies().stream()
                .collect(Collectors.toMap(ResponsibleBody::getId, ResponsibleBody::getShortName)));
    }

    /** {@code owner}: the audited entity the field belongs to (where its status table is looked for first). */
    String of(Class<?> owner, Field field, Object value) {
        if (value == null) {
            return NONE;
        }
        String name = field.getName();
        if (value instanceof Long ref && name.equals("bodyId")) {
            String body = bodyNames().get(ref);
            return body != null ? body : "№ " + ref;
        }
        if (value instanceof Long ref && name.equals("municipalityId")) {
            String municipality = perRequest("municipalities", () -> directory.municipalities().stream()
                    .collect(java.util.stream.Collectors.toMap(Municipality::getId, Municipality::getName))).get(ref);
            return municipality != null ? municipality : "№ " + ref;
        }
        if (value instanceof Long ref && name.endsWith("Id") && name.length() > 2) {
            Optional<String> label = referenced(name.substring(0, name.length() - 2), ref);
            if (label.isPresent()) {
                return label.get();
            }
        }
        if (value instanceof String code && name.toLowerCase(Locale.ROOT).endsWith("status")) {
            Optional<String> status = statusName(owner, code);
            if (status.isPresent()) {
                return status.get();
            }
        }
        return of(value);
    }

    String of(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Boolean b) {
            return message(b ? "audit.value.yes" : "audit.value.no", b.toString());
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString().replace('.', ',');
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
                    .map(en -> of(en.getKey()) + ": " + of(en.getValue()))
                    .sorted().collect(Collectors.joining("; "));
        }
        if (value instanceof List<?> list) {
            // A list keeps its order (indicators, steps); a set is sorted so equal sets read alike.
            return list.isEmpty() ? NONE : list.stream().map(this::of).collect(Collectors.joining("; "));
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? NONE : c.stream().map(this::of).sorted().collect(Collectors.joining(", "));
        }
        Class<?> type = Hibernate.getClass(value);
        if (type.isAnnotationPresent(Entity.class)) {
            return entityLabel(value);
        }
        if (type.isAnnotationPresent(Embeddable.class)) {
            return embedded(type, value);
        }
        return value.toString();
    }

    /** Stored JSON (a frozen report version) is not for reading in a table: say what it is and how large. */
    private String text(String s) {
        if (s.isEmpty()) {
            return NONE;
        }
        String t = s.strip();
        if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
            return message("audit.value.json", "JSON");
        }
        return s;
    }

    /** An embedded value as its filled parts with their names: name, unit, values, date. */
    private String embedded(Class<?> type, Object value) {
        List<String> parts = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                Object v = f.get(value);
                if (v == null || (v instanceof String s && s.isBlank())) {
                    continue;
                }
                String label = messages.getMessage("audit.field." + type.getSimpleName() + "." + f.getName(), null, null,
                        RU);
                parts.add(label == null ? of(v) : label + ": " + of(v));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // an unreadable part is left out rather than failing the row
            }
        }
        return parts.isEmpty() ? NONE : String.join(", ", parts);
    }

    /**
     * Loads the records that fields {@code <stem>Id} of a page's states name, in one query per entity, so that
     * {@link #referenced} finds them in the persistence context instead of reading them one by one.
     */
    void prefetch(String stem, java.util.Collection<Long> ids) {
        if (ids.isEmpty() || stem.equals("body") || stem.equals("municipality")) {
            return;
        }
        for (EntityType<?> e : emf.getMetamodel().getEntities()) {
            Class<?> c = e.getJavaType();
            if (c != null && c.getSimpleName().equalsIgnoreCase(stem) && e.getIdType() != null
                    && e.getIdType().getJavaType() == Long.class) {
                try {
                    em.createQuery("select x from " + e.getName() + " x where x." + e.getId(Long.class).getName()
                            + " in :ids", c).setParameter("ids", ids).getResultList();
                } catch (RuntimeException ex) {
                    // not loadable in bulk: read one by one later
                }
                return;
            }
        }
    }

    /** A field practiceId shows the title of the Practice it names, when an entity of that name exists. */
    private Optional<String> referenced(String stem, Long id) {
        for (EntityType<?> e : emf.getMetamodel().getEntities()) {
            Class<?> c = e.getJavaType();
            if (c != null && c.getSimpleName().equalsIgnoreCase(stem)) {
                try {
                    Object found = em.find(c, id);
                    return Optional.of(found == null ? "№ " + id : entityLabel(found));
                } catch (RuntimeException ex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Russian name of a status code: the status table of the package of the owner first, then of its module,
     * then any, the first that knows the code.
     */
    private Optional<String> statusName(Class<?> owner, String code) {
        String pkg = owner.getPackageName();
        String module = pkg.split("\\.").length > 2 ? String.join(".", List.of(pkg.split("\\.")).subList(0, 3)) : pkg;
        List<Class<?>> tables = statusTables();
        List<Class<?>> ordered = new ArrayList<>();
        tables.stream().filter(t -> t.getPackageName().equals(pkg)).forEach(ordered::add);
        tables.stream().filter(t -> !ordered.contains(t) && t.getPackageName().startsWith(module)).forEach(ordered::add);
        tables.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        for (Class<?> table : ordered) {
            try {
                // the whole (small) status table once per request, not one lookup per value
                Map<String, String> names = perRequest("status." + table.getName(), () -> em
                        .createQuery("select s from " + emf.getMetamodel().entity(table).getName() + " s", table)
                        .getResultList().stream().filter(StatusReference.class::isInstance).map(StatusReference.class::cast)
                        .collect(Collectors.toMap(StatusReference::getCode, StatusReference::getName, (a, b) -> a)));
                if (names.containsKey(code)) {
                    return Optional.of(names.get(code));
                }
            } catch (RuntimeException ignored) {
                // not this table
            }
        }
        return Optional.empty();
    }

    private List<Class<?>> statusTables() {
        List<Class<?>> known = statusTables;
        if (known == null) {
            known = emf.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                    .filter(c -> c != null && StatusReference.class.isAssignableFrom(c))
                    .<Class<?>>map(c -> c).toList();
            statusTables = known;
        }
        return known;
    }

    /** A referenced record by its name when it has one, else by its number. */
    String entityLabel(Object value) {
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
            return "№ " + emf.getPersistenceUnitUtil().getIdentifier(real);
        } catch (RuntimeException | ReflectiveOperationException e) {
            // A reference to a record that no longer exists in any revision: say so by number if we can.
            return "№ ?";
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, RU);
    }
}
