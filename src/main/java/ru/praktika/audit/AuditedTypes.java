package ru.praktika.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.AuditTable;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Envers-audited entity of every module, discovered from the persistence model when first asked.
 * A module that adds an {@code @Audited} entity (with its {@code *_aud} table) appears in the journal
 * without any change here; its Russian names come from the bundle keys described in {@link AuditedType}.
 */
@Component
class AuditedTypes {

    private final EntityManagerFactory emf;
    private final EntityManager em;
    private volatile List<AuditedType> types;

    AuditedTypes(EntityManagerFactory emf, EntityManager em) {
        this.emf = emf;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public List<AuditedType> all() {
        List<AuditedType> known = types;
        if (known == null) {
            known = discover();
            types = known;
        }
        return known;
    }

    Optional<AuditedType> byKey(String key) {
        return all().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private List<AuditedType> discover() {
        var reader = AuditReaderFactory.get(em);
        SessionFactoryImplementor sessionFactory = emf.unwrap(SessionFactoryImplementor.class);
        return emf.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(c -> c != null && reader.isEntityClassAudited(c))
                .map(c -> describe(c, sessionFactory))
                .sorted(Comparator.comparing(AuditedType::key))
                .toList();
    }

    private AuditedType describe(Class<?> entity, SessionFactoryImplementor sessionFactory) {
        EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(entity);
        AbstractEntityPersister table = (AbstractEntityPersister) persister;
        AuditTable custom = entity.getAnnotation(AuditTable.class);
        String auditTable = custom != null ? custom.value() : table.getTableName() + "_aud";
        String idColumn = table.getIdentifierColumnNames()[0];
        return new AuditedType(entity.getSimpleName(), entity, auditTable.toLowerCase(), idColumn,
                parser(persister.getIdentifierType().getReturnedClass()));
    }

    private static Function<String, Object> parser(Class<?> idType) {
        if (idType == Long.class || idType == long.class) {
            return Long::valueOf;
        }
        if (idType == Integer.class || idType == int.class) {
            return Integer::valueOf;
        }
        if (idType == UUID.class) {
            return UUID::fromString;
        }
        if (idType == LocalDate.class) {
            // a production-calendar day; PostgreSQL casts a date to varchar as yyyy-MM-dd
            return LocalDate::parse;
        }
        if (idType == String.class) {
            return s -> s;
        }
        if (idType.isEnum()) {
            return s -> enumConstant(idType, s);
        }
        // An id type nobody taught us: the row says it cannot be read (ChangeReader.readSafely), the page stays up.
        return s -> {
            throw new IllegalArgumentException("No parser for id type " + idType.getName());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
