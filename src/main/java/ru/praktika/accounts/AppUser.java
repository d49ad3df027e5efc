package ru.praktika.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/**
 * A person who signs in: belongs to a responsible body or to a municipality, holds one or more roles.
 * Over 250 lines on purpose: the password and activation rules stay with the fields they guard; about
 * half the class is the mapping and its one-line getters.
 */
@Entity
@Audited
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String position;

    @Column(length = 200)
    private String email;

    @Column(length = 50)
    private String phone;

    /** Null for a user who signs in only through the organisation's identity provider. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    /** Audited instead of the hash: the journal shows that and when the password changed, never what it is. */
    @OptimisticLock(excluded = true)
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Set by the admin (new user, forgotten password): the person must choose their own first. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    // Signing in (and changing one's password) must not bump the version: an admin editing this user
    // at the same time would otherwise see a conflict nobody made.
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, Set<Role> roles, Long bodyId, Long municipalityId) {
        this.username = username;
        this.fullName = fullName;
        this.roles = new HashSet<>(roles);
        this.bodyId = bodyId;
        this.municipalityId = municipalityId;
        checkBinding();
    }

    /**
     * Body roles need a body, the municipal role a municipality; the coordinator belongs to the
     * coordinating body. Observer and admin stand outside bodies.
     */
    void checkBinding() {
        if (roles.isEmpty()) {
            throw new DomainException("accounts.user.noRoles");
        }
        boolean needsBody = roles.stream().anyMatch(r -> EnumSet.of(Role.OFFICER, Role.HEAD, Role.COORDINATOR).contains(r));
        if (needsBody && bodyId == null) {
            throw new DomainException("accounts.user.bodyRequired");
        }
        if (roles.contains(Role.MUNICIPALITY) && municipalityId == null) {
            throw new DomainException("accounts.user.municipalityRequired");
        }
        if (bodyId != null && municipalityId != null) {
            throw new DomainException("accounts.user.bodyOrMunicipality");
        }
    }

    public void update(String fullName, String position, String email, String phone, Set<Role> roles,
                       Long bodyId, Long municipalityId) {
        this.fullName = fullName;
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.roles = new HashSet<>(roles);
        this.bodyId = bodyId;
        this.municipalityId = municipalityId;
        checkBinding();
    }

    public void contacts(String position, String email, String phone) {
        this.position = position;
        this.email = email;
        this.phone = phone;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The person's own new password, stamped for the journal. */
    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
        this.passwordTemporary = false;
    }

    /** A password the admin gives out: it works once, to sign in and choose one's own. */
    public void giveTemporaryPassword(String passwordHash, Instant at) {
        changePassword(passwordHash, at);
        this.passwordTemporary = true;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public void deactivate() {
        this.enabled = false;
    }

    public void activate() {
        this.enabled = true;
    }

    void loginSucceeded(Instant at) {
        lastLoginAt = at;
    }

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, fullName, getRoles(), bodyId, municipalityId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
