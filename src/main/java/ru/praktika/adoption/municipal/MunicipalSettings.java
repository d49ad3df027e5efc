package ru.praktika.adoption.municipal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** How a body works with municipalities (cl. 6): may municipal users update activities, propose practices. */
@Entity
@Audited
@Table(name = "municipal_settings")
class MunicipalSettings {

    @Id
    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "municipalities_update", nullable = false)
    private boolean municipalitiesUpdate = true;

    @Column(name = "municipalities_propose", nullable = false)
    private boolean municipalitiesPropose = true;

    @Version
    private long version;

    protected MunicipalSettings() {
    }

    MunicipalSettings(Long bodyId) {
        this.bodyId = bodyId;
    }

    void change(boolean update, boolean propose) {
        this.municipalitiesUpdate = update;
        this.municipalitiesPropose = propose;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public boolean isMunicipalitiesUpdate() {
        return municipalitiesUpdate;
    }

    public boolean isMunicipalitiesPropose() {
        return municipalitiesPropose;
    }

    public long getVersion() {
        return version;
    }
}
