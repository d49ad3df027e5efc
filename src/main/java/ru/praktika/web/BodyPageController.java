package ru.praktika.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.platform.security.AccessGuard;

/**
 * A body's page: its categories (directory) and its people (accounts). It lives in the web shell
 * because it composes both; an officer sees only their own body's page.
 */
@Controller
class BodyPageController {

    private final Directory directory;
    private final AppUserRepository users;
    private final AccessGuard guard;
    private final Clock clock;

    BodyPageController(Directory directory, AppUserRepository users, AccessGuard guard, Clock clock) {
        this.directory = directory;
        this.users = users;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/directory/bodies/{id}")
    String body(@PathVariable Long id, Model model) {
        guard.requireView(id);
        ResponsibleBody body = directory.body(id);
        model.addAttribute("body", body);
        model.addAttribute("categories", directory.categoriesOf(id, LocalDate.now(clock)));
        model.addAttribute("people", users.findByBodyIdOrderByFullName(id).stream().filter(AppUser::isEnabled).toList());
        return "directory/body";
    }
}
