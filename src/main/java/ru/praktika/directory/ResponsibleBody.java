package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import ru.praktika.platform.ReferenceChangeListener;

/** A regional executive body or organisation named in App. 1, or the coordinator of cl. 2. */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "responsible_body")
public class ResponsibleBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "short_name", nullable = false, length = 120)
    private String shortName;

    @Column(nullable = false)
    private boolean coordinator;

    @Column(length = 200)
    private String email;

    @Version
    private long version;

    protected ResponsibleBody() {
    }

    public ResponsibleBody(String code, String fullName, String shortName, String email) {
        this.code = code;
        this.fullName = fullName;
        this.shortName = shortName;
        this.email = email;
    }

    void makeCoordinator() {
        this.coordinator = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public String getEmail() {
        return email;
    }
}
