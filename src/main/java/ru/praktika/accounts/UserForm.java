package ru.praktika.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import ru.praktika.platform.security.Role;

/**
 * What the admin types about a user. A mutable bean (not a record) so that checkboxes of roles bind
 * both ways and a refused form comes back exactly as typed.
 */
public class UserForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]*")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @Size(max = 200)
    private String position;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 50)
    private String phone;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long bodyId;

    private Long municipalityId;

    /** Only when creating: the temporary password the person changes after the first login. */
    private String password;

    /** The version the form was opened on; a different one in the database means someone else edited. */
    private Long version;

    static UserForm of(AppUser user) {
        UserForm f = new UserForm();
        f.username = user.getUsername();
        f.fullName = user.getFullName();
        f.position = user.getPosition();
        f.email = user.getEmail();
        f.phone = user.getPhone();
        f.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        f.bodyId = user.getBodyId();
        f.municipalityId = user.getMunicipalityId();
        f.version = user.getVersion();
        return f;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = blankToNull(position);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
