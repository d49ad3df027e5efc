package ru.praktika.accounts;

import ru.praktika.audit.EditConflicts;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Municipality;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.Role;

/** The admin's pages: users, their roles and their body or municipality. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    /** Which field a binding rule of {@link AppUser} is about, so its message stands next to it. */
    private static final Map<String, String> RULE_FIELDS = Map.of(
            "accounts.user.noRoles", "roles",
            "accounts.user.bodyRequired", "bodyId",
            "accounts.user.municipalityRequired", "municipalityId");

    private final UserAdministration administration;
    private final Directory directory;
    private final EditConflicts conflicts;
    private final Clock clock;

    UserAdminController(UserAdministration administration, Directory directory, Clock clock, EditConflicts conflicts) {
        this.conflicts = conflicts;
        this.administration = administration;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long bodyId, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean active, Model model) {
        model.addAttribute("users", administration.find(bodyId, role, active));
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        return page("admin/users", model);
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return page("admin/user-new", model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        checkReferences(form, result);
        if (result.hasErrors()) {
            return page("admin/user-new", model);
        }
        try {
            AppUser user = administration.create(form);
            redirect.addFlashAttribute("flashSuccess", "accounts.admin.created");
            return "redirect:/admin/users/" + user.getId();
        } catch (DomainException e) {
            reject(e, result);
            return page("admin/user-new", model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        AppUser user = administration.get(id);
        model.addAttribute("userForm", UserForm.of(user));
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        AppUser user = administration.get(id);
        // The login never changes (it is how the person and the OIDC provider know the account): update ignores it.
        checkReferences(form, result);
        if (result.hasErrors()) {
            return editPage(user, model);
        }
        try {
            administration.update(id, form);
        } catch (DomainException e) {
            reject(e, result);
            return editPage(user, model);
        } catch (RuntimeException e) {
            conflicts.rejectOrRethrow(result, e, AppUser.class, id);
            return editPage(administration.get(id), model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
        administration.deactivate(id);
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.deactivated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable Long id, RedirectAttributes redirect) {
        administration.activate(id);
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.activated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        administration.unlockLogin(id);
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String temporaryPassword(@PathVariable Long id, @RequestParam(required = false) String password, Model model,
                             RedirectAttributes redirect) {
        AppUser user = administration.get(id);
        try {
            administration.setTemporaryPassword(id, password);
        } catch (DomainException e) {
            model.addAttribute("userForm", UserForm.of(user));
            model.addAttribute("passwordError", e.messageKey());
            return editPage(user, model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.admin.passwordSet");
        return "redirect:/admin/users/" + id;
    }

    /**
     * A body or municipality chosen by id must exist (a tampered form gets a message, not a 500). A value that
     * did not convert leaves its component empty and its error in the result (web.ConstructedFormBinder).
     */
    private void checkReferences(UserForm form, BindingResult result) {
        if (form.bodyId() != null && directory.bodies().stream().noneMatch(b -> b.getId().equals(form.bodyId()))) {
            result.rejectValue("bodyId", "typeMismatch.java.lang.Long");
        }
        if (form.municipalityId() != null
                && directory.municipalities().stream().noneMatch(m -> m.getId().equals(form.municipalityId()))) {
            result.rejectValue("municipalityId", "typeMismatch.java.lang.Long");
        }
    }

    private void reject(DomainException e, BindingResult result) {
        String field = e instanceof UserAdministration.FieldProblem p ? p.field() : RULE_FIELDS.get(e.messageKey());
        if (field != null) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    private String editPage(AppUser user, Model model) {
        model.addAttribute("user", user);
        // Instants are shown on the region's clock, whatever zone the server runs in.
        model.addAttribute("zone", clock.getZone());
        return page("admin/user-edit", model);
    }

    private String page(String view, Model model) {
        List<ResponsibleBody> bodies = directory.bodies();
        List<Municipality> municipalities = directory.municipalities();
        model.addAttribute("bodies", bodies);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("bodyNames", bodies.stream().collect(Collectors.toMap(ResponsibleBody::getId, ResponsibleBody::getShortName)));
        model.addAttribute("municipalityNames", municipalities.stream().collect(Collectors.toMap(Municipality::getId, Municipality::getName)));
        model.addAttribute("allRoles", Set.of(Role.values()).stream().sorted().toList());
        return view;
    }
}
