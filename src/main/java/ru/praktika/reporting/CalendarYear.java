package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A year of the production calendar loaded from an official source (a Government decree on day transfers). */
@Entity
@Audited
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    private Integer year;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Version
    private long version;

    protected CalendarYear() {
    }

    CalendarYear(int year, String source, Instant loadedAt, String loadedBy) {
        this.year = year;
        reload(source, loadedAt, loadedBy);
    }

    void reload(String source, Instant loadedAt, String loadedBy) {
        this.source = source;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    public Integer getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }
}
