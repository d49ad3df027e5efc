package ru.praktika.accounts;

import ru.praktika.audit.EditConflicts;
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
    private final EditConflicts conflicts;

    AccountController(OwnAccount account, Directory directory, EditConflicts conflicts) {
        this.conflicts = conflicts;
        this.account = account;
        this.directory = directory;
    }

    @GetMapping
    String profile(Model model) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("contactsForm", ContactsForm.of(me));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return page(me, model);
    }

    @PostMapping("/contacts")
    String contacts(@Valid @ModelAttribute("contactsForm") ContactsForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("passwordForm", PasswordForm.empty());
        if (result.hasErrors()) {
            return page(me, model);
        }
        try {
            account.changeContacts(me.getId(), form.version(), form.position(), form.email(), form.phone());
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return page(me, model);
        } catch (RuntimeException e) {
            conflicts.rejectOrRethrow(result, e, AppUser.class, me.getId());
            return page(account.get(me.getId()), model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.profile.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String password(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
                    RedirectAttributes redirect, jakarta.servlet.http.HttpSession session) {
        AppUser me = account.get(CurrentUsers.get().id());
        model.addAttribute("contactsForm", ContactsForm.of(me));
        try {
            account.changePassword(me.getId(), form.currentPassword(), form.newPassword(), form.repeatPassword(),
                    session.getId());
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

    /** Contacts a person keeps up to date themselves; blank is none. */
    public record ContactsForm(@Size(max = 200) String position, @Email @Size(max = 200) String email,
                               @Size(max = 50) String phone, Long version) {

        public ContactsForm {
            position = UserForm.blankToNull(position);
            email = UserForm.blankToNull(email);
            phone = UserForm.blankToNull(phone);
        }

        static ContactsForm of(AppUser user) {
            return new ContactsForm(user.getPosition(), user.getEmail(), user.getPhone(), user.getVersion());
        }
    }

    /** The password fields are never sent back to the browser, even when the change is refused. */
    public record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {

        static PasswordForm empty() {
            return new PasswordForm(null, null, null);
        }
    }
}
