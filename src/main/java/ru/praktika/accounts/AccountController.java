package ru.praktika.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUsers;

/** A person's own profile: contacts and password. Everyone signed in has one. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final OwnAccount account;
    private final Directory directory;

    AccountController(OwnAccount account, Directory directory) {
        this.account = account;
        this.directory = directory;
    }

    @GetMapping
    String profile(Model model) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("contactsForm", ContactsForm.of(me));
        model.addAttribute("passwordForm", new PasswordForm());
        return page(me, model);
    }

    @PostMapping("/contacts")
    String contacts(@Valid @ModelAttribute("contactsForm") ContactsForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("passwordForm", new PasswordForm());
        if (result.hasErrors()) {
            return page(me, model);
        }
        try {
            account.changeContacts(me.getId(), form.getVersion(), form.getPosition(), form.getEmail(), form.getPhone());
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return page(me, model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.profile.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String password(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("contactsForm", ContactsForm.of(me));
        try {
            account.changePassword(me.getId(), form.getCurrentPassword(), form.getNewPassword(), form.getRepeatPassword());
        } catch (UserAdministration.FieldProblem e) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return page(me, model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.password.changed");
        return "redirect:/account";
    }

    private String page(AppUser me, Model model) {
        model.addAttribute("user", me);
        model.addAttribute("body", me.getBodyId() == null ? null : directory.body(me.getBodyId()));
        model.addAttribute("municipality", me.getMunicipalityId() == null ? null : directory.municipality(me.getMunicipalityId()));
        return "account/profile";
    }

    /** Contacts a person keeps up to date themselves. */
    public static class ContactsForm {

        @Size(max = 200)
        private String position;
        @Email
        @Size(max = 200)
        private String email;
        @Size(max = 50)
        private String phone;
        private Long version;

        static ContactsForm of(AppUser user) {
            ContactsForm f = new ContactsForm();
            f.position = user.getPosition();
            f.email = user.getEmail();
            f.phone = user.getPhone();
            f.version = user.getVersion();
            return f;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = UserForm.blankToNull(position);
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = UserForm.blankToNull(email);
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = UserForm.blankToNull(phone);
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The password fields are never sent back to the browser, even when the change is refused. */
    public static class PasswordForm {

        private String currentPassword;
        private String newPassword;
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }
}
