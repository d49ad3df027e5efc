package ru.praktika.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The journal's filters as typed on the page; every one may be empty. A mutable bean so errors keep the input. */
public class AuditFilter {

    private String user;
    private Long bodyId;
    private String type;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate from;
    @DateTimeFormat(pattern = "dd.MM.yyyy")
    private LocalDate to;

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user == null || user.isBlank() ? null : user.trim();
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type.trim();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
