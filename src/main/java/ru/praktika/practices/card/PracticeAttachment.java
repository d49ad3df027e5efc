package ru.praktika.practices.card;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A file of the practice card, stored after its content was checked ({@link AttachmentInspector}). */
@Entity
@Audited
@Table(name = "practice_attachment")
public class PracticeAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "practice_id", nullable = false)
    private Long practiceId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileKind kind;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected PracticeAttachment() {
    }

    PracticeAttachment(Long practiceId, StoredFile file, String uploadedBy, Instant now) {
        this.practiceId = practiceId;
        this.fileName = file.name();
        this.kind = file.kind();
        this.sizeBytes = file.data().length;
        this.data = file.data();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public Long getPracticeId() { return practiceId; }
    public String getFileName() { return fileName; }
    public FileKind getKind() { return kind; }
    public long getSizeBytes() { return sizeBytes; }
    byte[] getData() { return data; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
