package ru.praktika.platform;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Put on every reference entity ({@code @EntityListeners}; {@link StatusReference} carries it for the status
 * tables): any insert, update or delete through JPA marks the reference cache stale, so no write path can
 * forget to evict it. Hibernate builds it through Spring's bean container, hence the injected provider.
 */
public class ReferenceChangeListener {

    private final ObjectProvider<ReferenceData> referenceData;

    public ReferenceChangeListener(ObjectProvider<ReferenceData> referenceData) {
        this.referenceData = referenceData;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        referenceData.ifAvailable(ReferenceData::changed);
    }
}
