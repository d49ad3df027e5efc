package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hibernate.envers.Audited;
import ru.praktika.platform.ReferenceChangeListener;

/** The act the work stands on, and the acts it repealed. */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "legal_act")
public class LegalAct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String kind;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "act_date", nullable = false)
    private LocalDate date;

    @Column(length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalActStatus status;

    @Column(length = 500)
    private String url;

    protected LegalAct() {
    }

    public LegalAct(String kind, String number, LocalDate date, String title, LegalActStatus status, String url) {
        this.kind = kind;
        this.number = number;
        this.date = date;
        this.title = title;
        this.status = status;
        this.url = url;
    }

    /** The act as ГОСТ Р 7.0.97 writes a reference: kind, date, number («… от 09.06.2026 № 494»). */
    public String reference() {
        return reference(kind, date, number);
    }

    static String reference(String kind, LocalDate date, String number) {
        return kind + " от " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " № " + number;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public LegalActStatus getStatus() {
        return status;
    }

    public String getUrl() {
        return url;
    }
}
