package ru.praktika.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.directory.Directory;

/** The start page differs by role: each sees first what they work on. */
@Controller
class HomeController {

    private final Directory directory;
    private final AppUserRepository users;
    private final Clock clock;

    HomeController(Directory directory, AppUserRepository users, Clock clock) {
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = CurrentUsers.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("region", directory.region());
        if (me.bodyId() != null) {
            model.addAttribute("body", directory.body(me.bodyId()));
            model.addAttribute("bodyCategories", directory.categoriesOf(me.bodyId(), today));
        }
        if (me.municipalityId() != null) {
            model.addAttribute("municipality", directory.municipality(me.municipalityId()));
        }
        if (me.seesAllBodies()) {
            model.addAttribute("bodyCount", directory.bodies().size());
            model.addAttribute("categoryCount", directory.categories().size());
            model.addAttribute("municipalityCount", directory.municipalities().size());
        }
        if (me.has(Role.ADMIN)) {
            model.addAttribute("userCount", users.count());
        }
        return "home";
    }
}
